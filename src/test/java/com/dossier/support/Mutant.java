package com.dossier.support;

import java.util.List;

/**
 * A fuzz input: the seed file it was made from, the mutations applied in order, and the
 * bytes they made.
 */
public record Mutant(String seed, List<?> mutations, byte[] bytes) {

	@Override
	public String toString() {
		return seed + " " + mutations + " (" + bytes.length + " bytes)";
	}
}
