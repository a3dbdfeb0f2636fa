package com.broadsheet.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A category, tag or author that articles still refer to cannot be deleted: 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class TaxonomyInUse extends RuntimeException {

	public TaxonomyInUse(String message) {
		super(message);
	}

}
