package com.dossier.verification.web;

import java.time.Instant;
import java.util.List;

import com.dossier.enterprise.Contact;
import com.dossier.shared.Page;
import com.dossier.verification.QueueEntry;
import com.dossier.verification.VerificationApplication;

/** The application and queue shapes of DESIGN §9. */
final class ApplicationJson {

	private ApplicationJson() {
	}

	record ApplicationView(String number, String status, Instant submittedAt, Contact contact, List<ItemView> items,
			String claimedBy, Instant closedAt) {
	}

	record ItemView(long recordId, String section, String decision, String reason, Instant decidedAt) {
	}

	record QueueView(List<QueueEntry> items, int page, int size, long totalItems, int totalPages) {
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

	static QueueView of(Page<QueueEntry> p) {
		return new QueueView(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages());
	}
}
