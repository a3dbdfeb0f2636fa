package com.broadsheet.leads;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class LeadNotFound extends RuntimeException {

	public LeadNotFound(Object id) {
		super("No lead '" + id + "'.");
	}

}
