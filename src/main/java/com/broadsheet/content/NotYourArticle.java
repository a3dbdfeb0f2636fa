package com.broadsheet.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone tried to change an article that is not theirs to change: 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class NotYourArticle extends RuntimeException {

	NotYourArticle(String message) {
		super(message);
	}

}
