package com.dossier.shared.security;

import java.io.Serializable;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every feature sees it. An enterprise operator always carries its
 * enterprise id, and every query for enterprise data is scoped by it, so that one
 * enterprise can never name another's records.
 */
public record CurrentUser(long accountId, String username, Role role, Long enterpriseId) implements Serializable {

	public static Optional<CurrentUser> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentUserSource source) {
			return Optional.of(source.currentUser());
		}
		return Optional.empty();
	}

	/** The signed-in user; only for code behind an authenticated URL. */
	public static CurrentUser require() {
		return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
	}

	/**
	 * The enterprise of a signed-in operator; only for code behind an ENTERPRISE-only
	 * URL.
	 */
	public long requireEnterpriseId() {
		if (enterpriseId == null) {
			throw new IllegalStateException(username + " is not an enterprise operator");
		}
		return enterpriseId;
	}

	public boolean is(Role other) {
		return role == other;
	}
}
