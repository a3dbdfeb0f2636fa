package com.broadsheet.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page number past the last page of a listing: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageOutOfRange extends RuntimeException {

	public PageOutOfRange(int page, int lastPage) {
		super("Page " + page + " does not exist; the last page is " + lastPage + ".");
	}

}
