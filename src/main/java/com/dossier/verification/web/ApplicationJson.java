package com.dossier.verification.web;

import java.time.Instant;
import java.util.List;

import com.dossier.enterprise.Contact;
import com.dossier.shared.Page;
import com.dossier.verification.QueueEntry;
import com.dossier.shared.KeysetPage;
import com.dossier.verification.VerificationApplication;

/** The application shapes of DESIGN §9 and the clerk queue's keyset page. */
final class ApplicationJson {

	private ApplicationJson() {
	}

	record ApplicationView(String number, String status, Instant submittedAt, Contact contact, List<ItemView> items,
			String claimedBy, Instant closedAt) {
	}

	record ItemView(long recordId, String section, String decision, String reason, Instant decidedAt) {
	}

	/**
	 * A keyset page of the clerk's queue: pass {@code next} as {@code after},
	 * {@code previous} as {@code before}.
	 */
	record QueueView(List<QueueEntry> items, int size, String next, String previous) {
	}

	record PageView(List<ApplicationView> items, int page, int size, long totalItems, int totalPages) {
	}

	static PageView page(Page<VerificationApplication> p) {
		return new PageView(p.items().stream().map(ApplicationJson::of).toList(), p.page(), p.size(), p.totalItems(),
				p.totalPages());
	}

	static ApplicationView of(VerificationApplication a) {
		List<ItemView> items = a.items()
			.stream()
			.map(i -> new ItemView(i.recordId(), i.section(), i.decision() == null ? null : i.decision().name(),
					i.reason(), i.decidedAt()))
			.toList();
		return new ApplicationView(a.number(), a.status().name(), a.submittedAt(), a.contact(), items, a.claimedBy(),
				a.closedAt());
	}

	static QueueView of(KeysetPage<QueueEntry> slice, int size) {
		return new QueueView(slice.items(), size, slice.hasNext() ? slice.next() : null,
				slice.hasPrevious() ? slice.previous() : null);
	}

}
