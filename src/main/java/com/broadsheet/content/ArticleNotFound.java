package com.broadsheet.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFound extends RuntimeException {

	public ArticleNotFound(Object key) {
		super("No article '" + key + "'.");
	}

}
