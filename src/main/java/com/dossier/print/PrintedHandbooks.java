package com.dossier.print;

import java.util.Optional;

import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.DossierException;
import com.dossier.shared.print.PrintedPaper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A printed 诚信手册 as {@code /verify} checks it: the digest recorded when it was printed,
 * and as its status whether the same sections still read the same today (a copy of an old
 * state is genuine but no longer current).
 */
@Component
class PrintedHandbooks implements PrintedPaper {

	private final PrintStore store;

	private final HandbookContent content;

	private final EnterpriseService enterprises;

	PrintedHandbooks(PrintStore store, HandbookContent content, EnterpriseService enterprises) {
		this.store = store;
		this.content = content;
		this.enterprises = enterprises;
	}

	@Override
	public boolean issues(String number) {
		return number.startsWith("P");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<State> find(String number) {
		return store.find(number)
			.map(p -> new State("print.handbook.title", p.number(), enterprises.get(p.enterpriseId()).name(),
					p.printedAt(), status(p), p.digest()));
	}

	private String status(PrintStore.Printed p) {
		try {
			String now = content.of(p.enterpriseId(), content.chosen(p.enterpriseId(), p.sections())).digest();
			return now.equals(p.digest()) ? "print.verify.status.current" : "print.verify.status.changed";
		}
		catch (DossierException e) {
			// a section the enterprise no longer has (it stopped being foreign-invested)
			return "print.verify.status.changed";
		}
	}

}
