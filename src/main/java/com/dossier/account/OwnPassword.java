package com.dossier.account;

import com.dossier.audit.AuditEvent;
import com.dossier.shared.ConflictException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 修改密码, for every signed-in account: the current password, then a new one the policy
 * accepts and that differs from it. The account's other sessions end; the one it was
 * changed in stays signed in, and no longer must change the password.
 */
@Service
class OwnPassword {

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final SessionTerminator sessions;

	private final CurrentSession session;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	OwnPassword(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, SessionTerminator sessions,
			CurrentSession session, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.tx = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.sessions = sessions;
		this.session = session;
		this.events = events;
	}

	/**
	 * A refusal is audited (outside any transaction, so that it stays): a wrong current
	 * password from someone else's open session is worth knowing of.
	 */
	void change(CurrentUser user, String current, String password) {
		Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("not_found"));
		FieldErrors errors = new FieldErrors();
		if (current == null || current.isEmpty()) {
			errors.reject("current", "validation.required");
		}
		else if (!encoder.matches(current, account.passwordHash())) {
			errors.reject("current", "password.current_wrong");
		}
		policy.check(password, "password", errors);
		if (!errors.hasErrorFor("password") && !errors.hasErrors() && password.equals(current)) {
			errors.reject("password", "password.unchanged");
		}
		if (errors.hasErrors()) {
			events.publishEvent(AuditEvent.failed("account.password_changed", "account:" + account.id(),
					errors.all().get(0).code()));
		}
		errors.throwIfAny();
		String hash = encoder.encode(password);
		tx.executeWithoutResult(s -> {
			if (!accounts.update(account.id(), account.version(), "password_hash = ?, must_change_password = ?", hash,
					false)) {
				throw new ConflictException("record.version_conflict");
			}
			sessions.endOthers(account.username());
			session.refresh(accounts.findById(account.id()).orElseThrow());
			events
				.publishEvent(AuditEvent.of("account.password_changed", "account:" + account.id(), account.username()));
		});
	}

}
