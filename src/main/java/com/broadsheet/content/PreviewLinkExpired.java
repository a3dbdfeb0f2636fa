package com.broadsheet.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A genuine preview link whose time is up: 410. */
@ResponseStatus(HttpStatus.GONE)
public class PreviewLinkExpired extends RuntimeException {

	PreviewLinkExpired() {
		super("This preview link has expired. Ask for a new one.");
	}

}
