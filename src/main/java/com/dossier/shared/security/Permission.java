package com.dossier.shared.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an enterprise's account may do beyond reading its handbook (DESIGN §11). Services
 * check them ({@link CurrentUser#require}); pages only hide what would be refused.
 */
public enum Permission {

	/** 用户管理: the enterprise's own accounts. Only a 法定代表人 or 证书管理员 may hold it. */
	MANAGE_USERS,

	/** Create, edit, delete records, attach files, import Excel. */
	EDIT,

	/** File (and withdraw) verification applications. */
	FILE,

	/** Print the verification form. */
	PRINT;

	public static Set<Permission> all() {
		return EnumSet.allOf(Permission.class);
	}

	public String authority() {
		return "PERMISSION_" + name();
	}

}
