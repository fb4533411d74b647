package com.dossier.audit;

import java.time.Clock;
import java.util.List;

import com.dossier.shared.KeysetCursor;
import com.dossier.shared.KeysetPage;
import com.dossier.shared.KeysetRequest;
import com.dossier.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events as they are published. A plain (not transactional-phase) listener
 * runs inside the publisher's transaction, so an entry exists exactly when the change it
 * describes does. Reading pages by keyset, newest first: the table only grows, so nothing
 * here counts it or skips rows by offset.
 */
@Service
public class AuditLog {

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
	 * A page of {@code size} entries, newest first, where {@code request} asks (see
	 * {@link KeysetPage#of}).
	 */
	@Transactional(readOnly = true)
	public KeysetPage<AuditEntry> page(AuditFilter filter, KeysetRequest request, int size) {
		return KeysetPage.of((cursor, older, limit) -> repository.slice(filter, cursor, older, limit),
				e -> new KeysetCursor(e.occurredAt(), e.id()), request, size);
	}

	/** The newest {@code size} entries matching the filter. */
	public List<AuditEntry> latest(AuditFilter filter, int size) {
		return page(filter, KeysetRequest.FIRST, size).items();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
