package com.dossier.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code page} counts from 0, as in the API. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public int lastPage() {
		return Math.max(0, totalPages() - 1);
	}

	public <R> Page<R> map(Function<T, R> f) {
		return new Page<>(items.stream().map(f).toList(), page, size, totalItems);
	}

	/**
	 * Clamps a requested page size to what a page may show, so no client can ask for the
	 * whole table.
	 */
	public static int size(Integer requested, int fallback) {
		if (requested == null || requested < 1) {
			return fallback;
		}
		return Math.min(requested, 100);
	}

	public static int number(Integer requested) {
		return requested == null || requested < 0 ? 0 : requested;
	}
}
