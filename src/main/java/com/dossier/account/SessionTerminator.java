package com.dossier.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

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

	void endAll(String username) {
		sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
	}

}
