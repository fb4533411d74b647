package com.dossier.portal;

import java.time.Clock;
import java.util.List;

import com.dossier.audit.AuditEvent;
import com.dossier.shared.ConflictException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class NoticeService {

	private final NoticeRepository notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NoticeService(NoticeRepository notices, ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	List<Notice> latest(Notice.Category category, int count) {
		return notices.latest(category, count);
	}

	Page<Notice> page(Notice.Category category, int page, int size) {
		return notices.page(category, page, size);
	}

	Notice get(long id) {
		return notices.find(id).orElseThrow(() -> new NotFoundException("not_found"));
	}

	@Transactional
	public long publish(String category, String title, String body) {
		Notice.Category c = validate(category, title, body);
		String author = CurrentUser.find().map(CurrentUser::username).orElse("system");
		long id = notices.insert(c, title.strip(), body.strip(), author, clock.instant());
		events.publishEvent(AuditEvent.of("notice.published", "notice:" + id, title));
		return id;
	}

	@Transactional
	void update(long id, int version, String category, String title, String body) {
		Notice.Category c = validate(category, title, body);
		get(id);
		if (!notices.update(id, version, c, title.strip(), body.strip())) {
			throw new ConflictException("record.version_conflict");
		}
		events.publishEvent(AuditEvent.of("notice.updated", "notice:" + id, title));
	}

	@Transactional
	void delete(long id) {
		Notice notice = get(id);
		notices.delete(id);
		events.publishEvent(AuditEvent.of("notice.deleted", "notice:" + id, notice.title()));
	}

	private static Notice.Category validate(String category, String title, String body) {
		FieldErrors errors = new FieldErrors();
		Notice.Category c = null;
		try {
			c = Notice.Category.valueOf(category == null ? "" : category);
		}
		catch (IllegalArgumentException e) {
			errors.reject("category", "validation.required");
		}
		if (title == null || title.isBlank()) {
			errors.reject("title", "validation.required");
		}
		else if (title.strip().length() > 200) {
			errors.reject("title", "validation.too_long", 200);
		}
		if (body == null || body.isBlank()) {
			errors.reject("body", "validation.required");
		}
		else if (body.strip().length() > 20_000) {
			errors.reject("body", "validation.too_long", 20_000);
		}
		errors.throwIfAny();
		return c;
	}

}
