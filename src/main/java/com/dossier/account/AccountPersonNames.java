package com.dossier.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import com.dossier.shared.security.PersonNames;

import org.springframework.stereotype.Component;

/** Display names of accounts for the lists of other modules. */
@Component
class AccountPersonNames implements PersonNames {

	private final AccountRepository accounts;

	AccountPersonNames(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public Map<String, String> labels(Collection<String> usernames) {
		var distinct = new HashSet<>(usernames);
		distinct.remove(null);
		Map<String, String> names = accounts.displayNames(distinct);
		Map<String, String> labels = new HashMap<>();
		distinct.forEach(u -> labels.put(u, names.containsKey(u) ? names.get(u) + "（" + u + "）" : u));
		return labels;
	}

}
