package com.dossier.account;

import java.util.EnumSet;
import java.util.Set;

import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;

/**
 * The 用户管理 forms: a new account (all fields), a change (display name, role, permissions),
 * a reset (password). The permission boxes post their codes; none ticked posts the empty
 * set (the hidden {@code _permissions} marker).
 */
public class UserForm {

	private String username;

	private String displayName;

	private EnterpriseRole role = EnterpriseRole.OPERATOR;

	private Set<Permission> permissions = EnterpriseRole.OPERATOR.defaults();

	private String password;

	private int version;

	static UserForm of(AccountView a) {
		UserForm f = new UserForm();
		f.username = a.username();
		f.displayName = a.displayName();
		f.role = a.enterpriseRole();
		f.permissions = EnumSet.noneOf(Permission.class);
		f.permissions.addAll(a.permissions());
		f.version = a.version();
		return f;
	}

	UserRequest toNew() {
		return new UserRequest(username, displayName, role, permissions(), password, null, null);
	}

	UserRequest toChange() {
		return new UserRequest(null, displayName == null ? "" : displayName, role, permissions(), null, null, version);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public EnterpriseRole getRole() {
		return role;
	}

	public void setRole(EnterpriseRole role) {
		this.role = role;
	}

	public Set<Permission> getPermissions() {
		return permissions;
	}

	public void setPermissions(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	private Set<Permission> permissions() {
		return permissions == null ? Set.of() : permissions;
	}

}
