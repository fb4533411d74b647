package com.dossier.account;

import java.util.EnumSet;
import java.util.Set;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;

/**
 * An enterprise account's role and permissions as they will be stored: the role's
 * defaults where none are given, and never a permission the role may not hold (an
 * operator never manages users).
 */
record EnterpriseAccess(EnterpriseRole role, Set<Permission> permissions) {

	/** Of an account of no enterprise. */
	static final EnterpriseAccess NONE = new EnterpriseAccess(null, Set.of());

	static EnterpriseAccess of(EnterpriseRole role, Set<Permission> permissions, FieldErrors errors) {
		EnterpriseRole r = role == null ? EnterpriseRole.CERTIFICATE_ADMIN : role;
		Set<Permission> p = EnumSet.noneOf(Permission.class);
		(permissions == null ? r.defaults() : permissions).stream().filter(x -> x != null).forEach(p::add);
		for (Permission permission : p) {
			if (!r.allows(permission)) {
				errors.reject("permissions", "users.permission_not_for_role", permission.name());
			}
		}
		return new EnterpriseAccess(r, p);
	}

	String describe() {
		return role == null ? "" : " " + role + " " + Account.column(permissions);
	}

}
