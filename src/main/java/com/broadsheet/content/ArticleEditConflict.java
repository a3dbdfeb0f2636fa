package com.broadsheet.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A save based on a version of the article that is no longer current: 412, and nothing
 * changed. Carries the article as it is now and the save that changed its text, so the
 * editor can compare the two.
 */
@ResponseStatus(HttpStatus.PRECONDITION_FAILED)
public class ArticleEditConflict extends RuntimeException {

	private final transient ArticleView current;

	private final transient ArticleRevision lastChange;

	ArticleEditConflict(ArticleView current, ArticleRevision lastChange) {
		super("The article changed since you read it (it is at version " + current.version()
				+ " now): read it again and apply your change to that version.");
		this.current = current;
		this.lastChange = lastChange;
	}

	/** The article as it is now. */
	public ArticleView current() {
		return current;
	}

	/** The newest revision: who changed the text, and when. */
	public ArticleRevision lastChange() {
		return lastChange;
	}

}
