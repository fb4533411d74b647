package com.dossier.account;

import com.dossier.shared.security.Role;

/**
 * The administrator's account forms: create (all fields), assign (role + enterprise),
 * reset (password).
 */
public class AccountForm {

	private String username;

	private String displayName;

	private Role role = Role.ENTERPRISE;

	private String enterpriseCreditCode;

	private String password;

	private int version;

	static AccountForm of(AccountView a) {
		AccountForm f = new AccountForm();
		f.username = a.username();
		f.displayName = a.displayName();
		f.role = a.role();
		f.enterpriseCreditCode = a.enterpriseCreditCode();
		f.version = a.version();
		return f;
	}

	NewAccount toNewAccount() {
		return new NewAccount(username, displayName, role, enterpriseCreditCode, password);
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

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
