package com.broadsheet.web;

import java.io.IOException;

/** Raised while reading a request body that turns out larger than the limit. */
class BodyTooLarge extends IOException {

	BodyTooLarge(long limit) {
		super("Request body exceeds " + limit + " bytes");
	}

}
