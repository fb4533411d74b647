package com.dossier.account;

import java.util.Collection;
import java.util.List;

import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated account as Spring Security holds it in the (database-stored, hence serializable) session. */
record AccountPrincipal(CurrentUser user, String password, boolean enabled, boolean unlocked, boolean hadFailures)
		implements UserDetails, CurrentUserSource {

	static AccountPrincipal of(Account account, boolean unlocked) {
		return new AccountPrincipal(
				new CurrentUser(account.id(), account.username(), account.role(), account.enterpriseId()),
				account.passwordHash(), account.enabled(), unlocked,
				account.failedAttempts() > 0 || account.lockedUntil() != null);
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(user.role().authority()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return unlocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + user.username() + "]";
	}
}
