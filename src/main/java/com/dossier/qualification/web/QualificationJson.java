package com.dossier.qualification.web;

import java.time.Instant;
import java.util.List;

import com.dossier.enterprise.Contact;
import com.dossier.qualification.QualificationApplication;
import com.dossier.qualification.ReviewQueue;
import com.dossier.shared.KeysetPage;
import com.dossier.shared.Page;

/** The 资质申请 shapes of DESIGN §11 and the reviewers' keyset page. */
final class QualificationJson {

	private QualificationJson() {
	}

	record ApplicationView(String number, String status, String kind, String category, String grade,
			Instant submittedAt, Contact contact, List<ItemView> items, String claimedBy, Instant decidedAt,
			String reason) {
	}

	record ItemView(long recordId, String section, String level) {
	}

	record PageView(List<ApplicationView> items, int page, int size, long totalItems, int totalPages) {
	}

	/** Pass {@code next} as {@code after}, {@code previous} as {@code before}. */
	record QueueView(List<ReviewQueue.Entry> items, int size, String next, String previous) {
	}

	static ApplicationView of(QualificationApplication a) {
		return new ApplicationView(a.number(), a.status().name(), a.kind().name(), a.category(), a.grade(),
				a.submittedAt(), a.contact(),
				a.items().stream().map(i -> new ItemView(i.recordId(), i.section(), i.level().name())).toList(),
				a.claimedBy(), a.decidedAt(), a.reason());
	}

	static PageView page(Page<QualificationApplication> p) {
		return new PageView(p.items().stream().map(QualificationJson::of).toList(), p.page(), p.size(), p.totalItems(),
				p.totalPages());
	}

	static QueueView of(KeysetPage<ReviewQueue.Entry> slice, int size) {
		return new QueueView(slice.items(), size, slice.hasNext() ? slice.next() : null,
				slice.hasPrevious() ? slice.previous() : null);
	}

}
