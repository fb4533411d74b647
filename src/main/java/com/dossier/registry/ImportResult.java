package com.dossier.registry;

import java.util.List;

/**
 * What an import did, counted over its items (basic data, qualifications, personnel,
 * licences, records); {@code removed} items are also counted as updated. {@code items}
 * says it per item, by path, for the Excel preview.
 */
public record ImportResult(int created, int updated, int unchanged, int removed, int enterprisesCreated,
		List<ItemOutcome> items) {

	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/** One item: where it was in the payload, its kind and what happened to it. */
	public record ItemOutcome(String path, Kind kind, Outcome outcome) {
	}

}
