package com.dossier.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated account as Spring Security holds it in the (database-stored, hence
 * serializable) session. Spring Security checks lock and enabled before the password,
 * which would tell anyone that a user name exists: an account is never locked (sign-in is
 * throttled instead, {@link LoginThrottle}), and whether it is {@link #enabled()} is
 * checked only once its password is right ({@link ThrottledAuthenticationManager}).
 */
record AccountPrincipal(CurrentUser user, String password, boolean enabled) implements UserDetails, CurrentUserSource {

	static AccountPrincipal of(Account account) {
		return new AccountPrincipal(new CurrentUser(account.id(), account.username(), account.role(),
				account.enterpriseId(), account.displayName(), account.enterpriseRole(), account.permissions(),
				account.mustChangePassword()), account.passwordHash(), account.enabled());
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(user.role().authority()));
		user.permissions().stream().sorted().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
		return authorities;
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
		return true;
	}

	@Override
	public boolean isEnabled() {
		return true;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + user.username() + "]";
	}
}
