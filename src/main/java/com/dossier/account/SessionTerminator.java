package com.dossier.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every session of an account on every node: sessions live in the shared database,
 * indexed by principal name, so deleting them there signs the user out everywhere at
 * once.
 */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * The request's own session, if it is one of them, is invalidated rather than deleted
	 * behind its back, so that the end of the request does not write to it again.
	 */
	void endAll(String username) {
		HttpSession current = currentSession();
		sessions.findByPrincipalName(username).keySet().forEach(id -> {
			if (current != null && id.equals(current.getId())) {
				current.invalidate();
			}
			else {
				sessions.deleteById(id);
			}
		});
	}

	/**
	 * Every session of the account but the one of the request being served (its own
	 * password change keeps its holder signed in where they made it).
	 */
	void endOthers(String username) {
		HttpSession session = currentSession();
		String current = session == null ? null : session.getId();
		sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(current))
			.forEach(sessions::deleteById);
	}

	private static HttpSession currentSession() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getSession(false);
		}
		return null;
	}

}
