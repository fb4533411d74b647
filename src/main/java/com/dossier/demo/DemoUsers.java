package com.dossier.demo;

import java.util.function.Supplier;

import com.dossier.enterprise.Enterprise;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;
import com.dossier.shared.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo's people, and work done signed in as one of them (the features read who acts
 * from the security context).
 */
final class DemoUsers {

	static final String CLERK = "demo-clerk";

	private DemoUsers() {
	}

	static CurrentUser operatorOf(Enterprise enterprise) {
		String username = enterprise.creditCode().equals(DemoData.FOREIGN_CREDIT_CODE) ? DemoData.FOREIGN_OPERATOR
				: DemoData.LOCAL_OPERATOR;
		return new CurrentUser(0, username, Role.ENTERPRISE, enterprise.id());
	}

	static CurrentUser clerk() {
		return new CurrentUser(0, CLERK, Role.CLERK, null);
	}

	static <T> T as(CurrentUser user, Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((CurrentUserSource) () -> user,
				null, AuthorityUtils.createAuthorityList("ROLE_" + user.role().name())));
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
