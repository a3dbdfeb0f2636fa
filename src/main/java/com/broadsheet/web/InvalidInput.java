package com.broadsheet.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that was understood but is not acceptable: 422, naming every bad field. Nothing
 * was changed when this is thrown.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super("Invalid " + problems.stream().map(FieldProblem::field).distinct().toList());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String message) {
		return new InvalidInput(List.of(new FieldProblem(field, message)));
	}

	/**
	 * Converts Bean Validation violations, one problem per violation, ordered by field.
	 */
	public static InvalidInput from(Set<? extends ConstraintViolation<?>> violations) {
		return new InvalidInput(violations.stream()
			.map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
			.toList());
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The first message for a field, or {@code null}: handy for inline form errors. */
	public String messageFor(String field) {
		return problems.stream()
			.filter(p -> p.field().equals(field))
			.map(FieldProblem::message)
			.findFirst()
			.orElse(null);
	}

}
