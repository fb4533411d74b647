package com.dossier.account;

import java.util.Set;

import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;

/**
 * What an administrator fills in to create an account; also the form object. For an
 * enterprise account, {@code enterpriseRole} null means 证书管理员 and {@code permissions}
 * null the role's defaults (DESIGN §11).
 */
public record NewAccount(String username, String displayName, Role role, String enterpriseCreditCode, String password,
		EnterpriseRole enterpriseRole, Set<Permission> permissions) {

	public NewAccount(String username, String displayName, Role role, String enterpriseCreditCode, String password) {
		this(username, displayName, role, enterpriseCreditCode, password, null, null);
	}

}
