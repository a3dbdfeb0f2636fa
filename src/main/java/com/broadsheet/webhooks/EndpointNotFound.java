package com.broadsheet.webhooks;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class EndpointNotFound extends RuntimeException {

	public EndpointNotFound(Object id) {
		super("No webhook endpoint or delivery '" + id + "'.");
	}

}
