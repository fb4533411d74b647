package com.dossier.account;

import java.util.Set;

import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;

/**
 * What a manager asks of 用户管理. A new account: every field but {@code enabled} and
 * {@code version}; a change: what is not null changes ({@code permissions} null keeps
 * them, or takes the new role's defaults when the role changes; {@code version} null
 * skips the stale-form check).
 */
public record UserRequest(String username, String displayName, EnterpriseRole role, Set<Permission> permissions,
		String password, Boolean enabled, Integer version) {
}
