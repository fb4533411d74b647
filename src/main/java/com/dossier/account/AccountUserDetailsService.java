package com.dossier.account;

import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account of a user name in any case. Text that cannot be a user name is not
 * looked up (it may hold what the database refuses); Spring Security then spends a
 * password check on it as on any unknown name.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	/**
	 * What a user name key can be: the letters of a created name, and the ~ of one
	 * renamed by V58.
	 */
	private static final Pattern POSSIBLE = Pattern.compile("[a-z0-9._~-]{1,64}");

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (!POSSIBLE.matcher(Account.keyOf(username)).matches()) {
			throw new UsernameNotFoundException("no such account");
		}
		return accounts.findByUsername(username)
			.map(AccountPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
