package com.broadsheet.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class TermNotFound extends RuntimeException {

	public TermNotFound(TermKind kind, Object key) {
		super("No " + kind.label() + " '" + key + "'.");
	}

}
