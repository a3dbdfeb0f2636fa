package com.broadsheet.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A lifecycle step that does not fit the article's state, such as publishing an article
 * that is already published: 409, and nothing changed.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ArticleStateConflict extends RuntimeException {

	public ArticleStateConflict(String message) {
		super(message);
	}

}
