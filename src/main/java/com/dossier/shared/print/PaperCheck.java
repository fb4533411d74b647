package com.dossier.shared.print;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Checks a scanned anti-forgery code against every kind of printed paper: genuine only
 * when the number is known and the signature matches its content digest. A code whose
 * number is unknown, whose signature is wrong, or that is no code at all is forged.
 */
@Service
public class PaperCheck {

	private final List<PrintedPaper> kinds;

	private final PaperSeal seal;

	PaperCheck(List<PrintedPaper> kinds, PaperSeal seal) {
		this.kinds = kinds;
		this.seal = seal;
	}

	/** The paper a genuine code names; empty for a forged or altered one. */
	public Optional<PrintedPaper.State> genuine(String scanned) {
		String token = PaperSeal.tokenOf(scanned);
		return PaperSeal.numberOf(token)
			.flatMap(number -> kinds.stream().filter(k -> k.issues(number)).findFirst().flatMap(k -> k.find(number)))
			.filter(state -> seal.genuine(token, state.digest()));
	}

}
