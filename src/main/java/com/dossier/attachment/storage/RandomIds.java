package com.dossier.attachment.storage;

import java.security.SecureRandom;

/**
 * Ids of attachments and pending conversions: they name files in URLs and JSON, so they
 * must not be guessable from one's own (an identity sequence gives the neighbours away).
 * Drawn from a CSPRNG in [2^52, 2^53): 52 bits of chance, every id sixteen digits, and
 * below 2^53 so that JavaScript clients read the JSON number exactly — the API keeps its
 * numeric {@code id} and nothing outside this module changes type. A collision (about 1
 * in 4·10^8 at ten million files) fails the insert on the primary key; it can never make
 * two files share an id.
 */
public final class RandomIds {

	static final long MIN = 1L << 52;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomIds() {
	}

	public static long next() {
		return MIN + RANDOM.nextLong(MIN);
	}

}
