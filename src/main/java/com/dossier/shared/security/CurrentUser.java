package com.dossier.shared.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.dossier.shared.PermissionDeniedException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every feature sees it, kept in the (database-stored) session:
 * plain values only. An enterprise account always carries its enterprise id, and every
 * query for enterprise data is scoped by it, so that one enterprise can never name
 * another's records; it also carries its {@link EnterpriseRole} and permissions, which
 * services check. Other roles hold no permission.
 *
 * @param displayName the person's name as accounts record it, or null
 * @param mustChangePassword the password was set by someone else: nothing but changing it
 * is reachable
 */
public record CurrentUser(long accountId, String username, Role role, Long enterpriseId, String displayName,
		EnterpriseRole enterpriseRole, Set<Permission> permissions,
		boolean mustChangePassword) implements Serializable {

	public CurrentUser {
		permissions = permissions == null || permissions.isEmpty() ? Set.of() : Set.copyOf(permissions);
	}

	/**
	 * Code acting as a user without an account behind it (demo data, tests): an
	 * enterprise user is its 证书管理员, with every permission.
	 */
	public CurrentUser(long accountId, String username, Role role, Long enterpriseId) {
		this(accountId, username, role, enterpriseId, null,
				role == Role.ENTERPRISE ? EnterpriseRole.CERTIFICATE_ADMIN : null,
				role == Role.ENTERPRISE ? EnumSet.allOf(Permission.class) : Set.of(), false);
	}

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
	 * Refuses an enterprise user without {@code permission}. For services that learn who
	 * acts from the security context: code with no signed-in user (demo data) acts for
	 * the system, and the other roles are held to their own URLs.
	 */
	public static void check(Permission permission) {
		find().filter(u -> u.is(Role.ENTERPRISE)).ifPresent(u -> u.require(permission));
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

	public boolean may(Permission permission) {
		return permissions.contains(permission);
	}

	/**
	 * @throws PermissionDeniedException without {@code permission}
	 */
	public void require(Permission permission) {
		if (!may(permission)) {
			throw new PermissionDeniedException(permission);
		}
	}

}
