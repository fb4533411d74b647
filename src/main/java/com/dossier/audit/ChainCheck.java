package com.dossier.audit;

import java.time.Instant;

/**
 * What a walk of the chain found: whether it is whole, how many entries were found intact
 * (before the break, if any) and the first place it breaks.
 */
public record ChainCheck(boolean valid, long checked, Broken firstBroken, long headPosition, Instant verifiedAt) {

	/** How a chain can break, first found first. */
	public enum Reason {

		/** the entry's content or hash was changed */
		HASH,
		/** its position does not follow the one before: an entry before it is gone */
		SEQUENCE,
		/** the entry has no place in the chain: written past the application */
		UNSEALED,
		/** the entry is past the head: written past the application */
		BEYOND_HEAD,
		/** entries at the end are gone, or the head was changed */
		HEAD,
		/**
		 * an anchor shipped away disagrees with the chain, or names an entry that is gone
		 */
		ANCHOR

	}

	/**
	 * The first broken place: the entry's id and time, its position; id and time are null
	 * when what is missing is the end of the chain.
	 */
	public record Broken(Long id, Instant at, Long position, Reason reason) {

		static Broken at(ChainEntry e, Reason reason) {
			return new Broken(e.id(), e.occurredAt(), e.position(), reason);
		}

	}

}
