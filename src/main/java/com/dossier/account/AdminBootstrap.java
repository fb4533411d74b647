package com.dossier.account;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.DemoPassword;
import com.dossier.shared.security.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no administrator: the first one is created from
 * {@code dossier.bootstrap.admin.username} / {@code .password} (environment variables in
 * practice), which must be a real password — never the demo one. Once any administrator
 * exists, these settings are ignored.
 */
@Component
@Order(-1)
class AdminBootstrap implements ApplicationRunner {

	private final AccountRepository accounts;

	private final AccountService service;

	private final PasswordPolicy policy;

	private final String username;

	private final String password;

	AdminBootstrap(AccountRepository accounts, AccountService service, PasswordPolicy policy,
			@Value("${dossier.bootstrap.admin.username:}") String username,
			@Value("${dossier.bootstrap.admin.password:}") String password) {
		this.accounts = accounts;
		this.service = service;
		this.policy = policy;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (username.isBlank() || accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		FieldErrors errors = new FieldErrors();
		policy.check(password, "password", errors);
		if (errors.hasErrors() || DemoPassword.VALUE.equals(password)) {
			String problem = errors.all()
				.stream()
				.map(e -> e.code() + (e.args().length > 0 ? " " + e.args()[0] : ""))
				.findFirst()
				.orElse("the demo password");
			throw new IllegalStateException("dossier.bootstrap.admin.password is refused (" + problem + "; it needs "
					+ "8 characters to " + PasswordPolicy.MAX_BYTES + " bytes in UTF-8, not a common password, not "
					+ "the demo one): refusing to create the first administrator with it");
		}
		service.create(new NewAccount(username, null, Role.ADMIN, null, password));
	}

}
