package com.broadsheet.web;

import java.util.List;

/** Model of {@code error.jte}. */
public record ErrorPage(PageMeta meta, int status, String title, String detail, List<FieldProblem> fields) {
}
