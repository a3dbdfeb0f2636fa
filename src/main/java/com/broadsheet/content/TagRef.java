package com.broadsheet.content;

public record TagRef(String slug, String name) {
}
