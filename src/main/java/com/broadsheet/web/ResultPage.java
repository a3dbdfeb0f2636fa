package com.broadsheet.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing plus what is needed to link to its neighbours.
 *
 * @param items the items on this page, never {@code null}
 * @param number this page's 1-based number
 * @param size the page size asked for
 * @param totalItems items in the whole listing
 */
public record ResultPage<T>(List<T> items, int number, int size, long totalItems) {

	public ResultPage {
		items = List.copyOf(items);
	}

	public int totalPages() {
		return (int) Math.max(1, (totalItems + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < totalPages();
	}

	/** Whether this page lies beyond the last one (page 1 of an empty list does not). */
	public boolean isBeyondEnd() {
		return number > totalPages();
	}

	/**
	 * @return this page
	 * @throws PageOutOfRange if the page lies beyond the last one
	 */
	public ResultPage<T> requireInRange() {
		if (isBeyondEnd()) {
			throw new PageOutOfRange(number, totalPages());
		}
		return this;
	}

	public <R> ResultPage<R> map(Function<? super T, R> mapper) {
		return new ResultPage<>(items.stream().<R>map(mapper).toList(), number, size, totalItems);
	}

}
