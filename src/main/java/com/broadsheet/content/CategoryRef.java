package com.broadsheet.content;

public record CategoryRef(String slug, String name) {
}
