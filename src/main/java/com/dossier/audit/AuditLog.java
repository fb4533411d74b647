package com.dossier.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.dossier.shared.KeysetCursor;
import com.dossier.shared.KeysetPage;
import com.dossier.shared.KeysetRequest;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.RequestId;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events as they are published. A plain (not transactional-phase) listener
 * runs inside the publisher's transaction, so an entry exists exactly when the change it
 * describes does, and {@link AuditChain} links it to the one before. Reading pages by
 * keyset, newest first: the table only grows, so nothing here counts it or skips rows by
 * offset.
 */
@Service
public class AuditLog {

	private final AuditRepository repository;

	private final AuditChain chain;

	private final Clock clock;

	AuditLog(AuditRepository repository, AuditChain chain, Clock clock) {
		this.repository = repository;
		this.chain = chain;
		this.clock = clock;
	}

	@EventListener
	void on(AuditEvent event) {
		AuditEvent complete = event.completedWith(CurrentUser.find().orElse(null));
		record(complete, clientAddress(), clock.instant());
	}

	/**
	 * Writes one entry, linked into the chain with the current transaction (or one of its
	 * own), carrying the request's id ({@link RequestId}) when there is a request.
	 */
	void record(AuditEvent event, String clientAddress, Instant at) {
		String requestId = RequestId.current();
		chain.append(() -> repository.insert(event, clientAddress, requestId, at));
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
