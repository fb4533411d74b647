package com.dossier.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.dossier.shared.KeysetCursor;
import com.dossier.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events as they are published. A plain (not transactional-phase) listener runs inside the
 * publisher's transaction, so an entry exists exactly when the change it describes does. Reading pages by keyset,
 * newest first: the table only grows, so nothing here counts it or skips rows by offset.
 */
@Service
public class AuditLog {

	/** Where a page starts: the newest or the oldest end, or just after / just before an entry already seen. */
	public enum From {
		FIRST, AFTER, BEFORE, LAST
	}

	private final AuditRepository repository;

	private final Clock clock;

	AuditLog(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@EventListener
	void on(AuditEvent event) {
		AuditEvent complete = event.completedWith(CurrentUser.find().orElse(null));
		repository.insert(complete, clientAddress(), clock.instant());
	}

	/**
	 * A page of {@code size} entries from {@code from} ({@code cursor} for AFTER and BEFORE), reading one more than
	 * shown to know whether there is more. "Previous" with less than a page before it shows the first page, full.
	 */
	@Transactional(readOnly = true)
	public AuditSlice page(AuditFilter filter, From from, KeysetCursor cursor, int size) {
		return switch (from) {
			case FIRST -> older(filter, null, size, false);
			case LAST -> newer(filter, null, size, true);
			case AFTER -> {
				AuditSlice after = older(filter, cursor, size, true);
				yield after.isEmpty() ? newer(filter, null, size, true) : after;
			}
			case BEFORE -> newer(filter, cursor, size, false);
		};
	}

	/** The newest {@code size} entries matching the filter. */
	public List<AuditEntry> latest(AuditFilter filter, int size) {
		return page(filter, From.FIRST, null, size).items();
	}

	private AuditSlice older(AuditFilter filter, KeysetCursor after, int size, boolean hasPrevious) {
		List<AuditEntry> rows = repository.slice(filter, after, true, size + 1);
		return new AuditSlice(List.copyOf(rows.subList(0, Math.min(size, rows.size()))), hasPrevious,
				rows.size() > size);
	}

	private AuditSlice newer(AuditFilter filter, KeysetCursor before, int size, boolean atEnd) {
		List<AuditEntry> rows = repository.slice(filter, before, false, size + 1);
		if (before != null && rows.size() <= size) {
			return older(filter, null, size, false);
		}
		List<AuditEntry> shown = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
		Collections.reverse(shown);
		return new AuditSlice(List.copyOf(shown), rows.size() > size, !atEnd);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
