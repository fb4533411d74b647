package com.dossier.handbook;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.dossier.audit.AuditEvent;
import com.dossier.shared.ConflictException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every change of a record goes through here: the row, a new version in the history and
 * an audit entry are written together (in the caller's transaction), so the history can
 * never miss a version.
 */
@Component
class RecordWriter {

	private final RecordStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecordWriter(RecordStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	HandbookRecord create(long enterpriseId, String section, Level level, RecordStatus status, Map<String, String> data,
			Long revisionOf, ChangeKind change) {
		return create(enterpriseId, section, level, status, data, revisionOf, change, actor());
	}

	/** As above, with the actor named: an import's actor is its source system. */
	HandbookRecord create(long enterpriseId, String section, Level level, RecordStatus status, Map<String, String> data,
			Long revisionOf, ChangeKind change, String actor) {
		Instant now = clock.instant();
		long id = store.insert(enterpriseId, section, level, status, data, revisionOf, actor, now);
		HandbookRecord record = store.find(id).orElseThrow();
		store.insertVersion(record, actor, now, change);
		audit(record, change);
		return record;
	}

	/**
	 * Saves {@code changed} (already at its new version) or refuses when someone saved
	 * the record in between.
	 */
	HandbookRecord save(HandbookRecord changed, ChangeKind change) {
		return save(changed, change, actor());
	}

	HandbookRecord save(HandbookRecord changed, ChangeKind change, String actor) {
		Instant now = clock.instant();
		if (!store.update(changed, actor, now)) {
			throw new ConflictException("record.version_conflict");
		}
		store.insertVersion(changed, actor, now, change);
		audit(changed, change);
		return store.find(changed.id()).orElseThrow();
	}

	private void audit(HandbookRecord record, ChangeKind change) {
		String detail = record.section() + " v" + record.version() + " " + record.level() + "/" + record.status();
		events.publishEvent(
				AuditEvent.of("handbook.record." + change.name().toLowerCase(), "record:" + record.id(), detail)
					.forEnterprise(record.enterpriseId()));
		events.publishEvent(new RecordChanged(record, change));
	}

	private static String actor() {
		return CurrentUser.find().map(CurrentUser::username).orElse("system");
	}

}
