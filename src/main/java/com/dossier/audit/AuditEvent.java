package com.dossier.audit;

import com.dossier.shared.security.CurrentUser;

/**
 * Something worth answering "who did what, when, from where" about. Publish it with
 * Spring's {@code ApplicationEventPublisher}; it is written synchronously, so it commits
 * or rolls back with the change. Actor, role and enterprise default to the signed-in
 * user; set them explicitly where there is none (a login).
 */
public record AuditEvent(String action, Outcome outcome, String target, String detail, String actor, String actorRole,
		Long enterpriseId) {

	public enum Outcome {

		SUCCESS, FAILURE, DENIED

	}

	/** An action of the signed-in user on a target (e.g. "account:17"). */
	public static AuditEvent of(String action, String target, String detail) {
		return new AuditEvent(action, Outcome.SUCCESS, target, detail, null, null, null);
	}

	public static AuditEvent failed(String action, String target, String detail) {
		return new AuditEvent(action, Outcome.FAILURE, target, detail, null, null, null);
	}

	/** An event whose actor is not (yet) signed in, such as a login attempt. */
	public static AuditEvent byActor(String action, Outcome outcome, String actor, String detail) {
		return new AuditEvent(action, outcome, null, detail, actor, null, null);
	}

	public AuditEvent forEnterprise(Long id) {
		return new AuditEvent(action, outcome, target, detail, actor, actorRole, id);
	}

	AuditEvent completedWith(CurrentUser user) {
		if (user == null) {
			return this;
		}
		return new AuditEvent(action, outcome, target, detail, actor != null ? actor : user.username(),
				actorRole != null ? actorRole : user.role().name(),
				enterpriseId != null ? enterpriseId : user.enterpriseId());
	}
}
