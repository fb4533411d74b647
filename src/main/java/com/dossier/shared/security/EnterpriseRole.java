package com.dossier.shared.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three kinds of people of an enterprise (用户管理), all signed in with
 * {@link Role#ENTERPRISE}. The role gives the default permissions; an operator may be
 * granted {@link Permission#FILE}, never {@link Permission#MANAGE_USERS}.
 */
public enum EnterpriseRole {

	/** 法定代表人 */
	LEGAL_REPRESENTATIVE,

	/** 证书管理员 */
	CERTIFICATE_ADMIN,

	/** 办事员 */
	OPERATOR;

	public Set<Permission> defaults() {
		return this == OPERATOR ? EnumSet.of(Permission.EDIT, Permission.PRINT) : Permission.all();
	}

	/** The permissions this role may be given. */
	public boolean allows(Permission permission) {
		return this != OPERATOR || permission != Permission.MANAGE_USERS;
	}

}
