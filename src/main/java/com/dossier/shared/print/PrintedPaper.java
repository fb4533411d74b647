package com.dossier.shared.print;

import java.time.Instant;
import java.util.Optional;

/**
 * A kind of printed paper that {@code /verify/{token}} can check: the module that issues
 * the numbers (W, Z, P) finds the paper and recomputes its content digest.
 */
public interface PrintedPaper {

	/** Whether this kind's numbers look like {@code number} (its prefix). */
	boolean issues(String number);

	Optional<State> find(String number);

	/**
	 * What anyone holding the paper may learn: its kind (a message key), the enterprise
	 * that printed or filed it (public, as on the credit code's certificate), when, where
	 * it stands now (a message key), and the digest the signature covers.
	 */
	record State(String kindKey, String number, String enterpriseName, Instant issuedAt, String statusKey,
			String digest) {
	}

}
