package com.dossier.account;

import java.util.Set;

import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;

/**
 * The administrator's account forms: create (all fields), assign (role + enterprise, and
 * an enterprise account's role and permissions), reset (password).
 */
public class AccountForm {

	private String username;

	private String displayName;

	private Role role = Role.ENTERPRISE;

	private String enterpriseCreditCode;

	private String password;

	private int version;

	/** An enterprise account's; null keeps what it has (a new one: 证书管理员). */
	private EnterpriseRole enterpriseRole;

	/** Null (no box posted) keeps what the account has, or the role's defaults. */
	private Set<Permission> permissions;

	static AccountForm of(AccountView a) {
		AccountForm f = new AccountForm();
		f.username = a.username();
		f.displayName = a.displayName();
		f.role = a.role();
		f.enterpriseCreditCode = a.enterpriseCreditCode();
		f.version = a.version();
		f.enterpriseRole = a.enterpriseRole();
		f.permissions = a.permissions();
		return f;
	}

	NewAccount toNewAccount() {
		return new NewAccount(username, displayName, role, enterpriseCreditCode, password, enterpriseRole, permissions);
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

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getEnterpriseCreditCode() {
		return enterpriseCreditCode;
	}

	public void setEnterpriseCreditCode(String code) {
		this.enterpriseCreditCode = code;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public EnterpriseRole getEnterpriseRole() {
		return enterpriseRole;
	}

	public void setEnterpriseRole(EnterpriseRole enterpriseRole) {
		this.enterpriseRole = enterpriseRole;
	}

	public Set<Permission> getPermissions() {
		return permissions;
	}

	public void setPermissions(Set<Permission> permissions) {
		this.permissions = permissions;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
