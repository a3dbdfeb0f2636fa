package com.broadsheet.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request the server cannot interpret (a bad query parameter, say): 400. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidRequest extends RuntimeException {

	public InvalidRequest(String message) {
		super(message);
	}

}
