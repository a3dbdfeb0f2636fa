package com.broadsheet.web;

/**
 * One invalid input field and why.
 *
 * @param field the field name as the client sent it (form field or JSON property)
 * @param message a sentence a person can act on
 */
public record FieldProblem(String field, String message) {
}
