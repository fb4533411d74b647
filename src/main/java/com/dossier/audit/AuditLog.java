package com.dossier.audit;

import java.time.Clock;

import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events as they are published. A plain (not transactional-phase) listener runs inside the
 * publisher's transaction, so an entry exists exactly when the change it describes does.
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

	public Page<AuditEntry> find(AuditFilter filter, int page, int size) {
		return repository.find(filter, page, size);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
