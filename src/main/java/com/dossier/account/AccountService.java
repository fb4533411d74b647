package com.dossier.account;

import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

import com.dossier.audit.AuditEvent;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.ConflictException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts. Every change is audited; changes that take rights
 * away end sessions.
 */
@Service
public class AccountService {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final EnterpriseService enterprises;

	private final SessionTerminator sessions;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
			EnterpriseService enterprises, SessionTerminator sessions, LoginThrottle throttle,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.enterprises = enterprises;
		this.sessions = sessions;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long create(NewAccount request) {
		FieldErrors errors = new FieldErrors();
		String username = request.username() == null ? "" : request.username().trim();
		if (!USERNAME.matcher(username).matches()) {
			errors.reject("username", "account.username.invalid");
		}
		else if (accounts.existsByUsername(username)) {
			errors.reject("username", "account.username.taken");
		}
		policy.check(request.password(), "password", errors);
		Long enterpriseId = enterpriseFor(request.role(), request.enterpriseCreditCode(), errors);
		if (request.displayName() != null && request.displayName().length() > 100) {
			errors.reject("displayName", "validation.too_long", 100);
		}
		EnterpriseAccess access = enterpriseId == null ? EnterpriseAccess.NONE
				: EnterpriseAccess.of(request.enterpriseRole(), request.permissions(), errors);
		errors.throwIfAny();
		long id = accounts.insert(username, encoder.encode(request.password()), request.role(), enterpriseId,
				blankToNull(request.displayName()), clock.instant(), access.role(), access.permissions(), false);
		events.publishEvent(
				AuditEvent.of("account.created", "account:" + id, username + " " + request.role() + access.describe()));
		return id;
	}

	public Page<AccountView> find(String query, int page, int size) {
		return accounts.find(query, page, size).map(this::view);
	}

	/** Whether the user name is taken, in any case. */
	public boolean exists(String username) {
		return accounts.existsByUsername(username);
	}

	public AccountView get(long id) {
		return view(load(id));
	}

	/**
	 * An enterprise account that stays one keeps its enterprise role and permissions; one
	 * that becomes one is its enterprise's 证书管理员.
	 */
	@Transactional
	public void assign(long id, int version, Role role, String enterpriseCreditCode) {
		assign(id, version, role, enterpriseCreditCode, null, null);
	}

	/**
	 * Role and enterprise, and for an enterprise account its enterprise role and
	 * permissions (null: what it has, else 证书管理员 with the role's defaults).
	 * Administrators are not held to the last-manager rule of {@link EnterpriseUsers}:
	 * they are how an enterprise left without one gets one.
	 */
	@Transactional
	public void assign(long id, int version, Role role, String enterpriseCreditCode, EnterpriseRole enterpriseRole,
			Set<Permission> permissions) {
		FieldErrors errors = new FieldErrors();
		Long enterpriseId = enterpriseFor(role, enterpriseCreditCode, errors);
		Account account = load(id);
		EnterpriseRole r = enterpriseRole != null ? enterpriseRole : account.enterpriseRole();
		Set<Permission> p = permissions != null ? permissions
				: r == account.enterpriseRole() && r != null ? account.permissions() : null;
		EnterpriseAccess access = enterpriseId == null ? EnterpriseAccess.NONE : EnterpriseAccess.of(r, p, errors);
		errors.throwIfAny();
		save(accounts.update(id, version, "role = ?, enterprise_id = ?, enterprise_role = ?, permissions = ?",
				role.name(), enterpriseId, access.role() == null ? null : access.role().name(),
				Account.column(access.permissions())));
		sessions.endAll(account.username());
		events.publishEvent(
				AuditEvent.of("account.assigned", "account:" + id, role + " " + enterpriseId + access.describe()));
	}

	/**
	 * A password set by someone else: its holder must change it at the next sign-in.
	 */
	@Transactional
	public void resetPassword(long id, int version, String password) {
		FieldErrors errors = new FieldErrors();
		policy.check(password, "password", errors);
		errors.throwIfAny();
		Account account = load(id);
		save(accounts.update(id, version, "password_hash = ?, must_change_password = ?", encoder.encode(password),
				true));
		throttle.lift(account.username());
		sessions.endAll(account.username());
		events.publishEvent(AuditEvent.of("account.password_reset", "account:" + id, account.username()));
	}

	@Transactional
	public void setEnabled(long id, int version, boolean enabled) {
		Account account = load(id);
		save(accounts.update(id, version, "enabled = ?", enabled));
		if (!enabled) {
			sessions.endAll(account.username());
		}
		events.publishEvent(
				AuditEvent.of(enabled ? "account.enabled" : "account.disabled", "account:" + id, account.username()));
	}

	/**
	 * Ends the account's sign-in throttle: attempts on it are heard again, from
	 * everywhere.
	 */
	@Transactional
	public void unlock(long id) {
		Account account = load(id);
		throttle.lift(account.username());
		events.publishEvent(AuditEvent.of("account.unlocked", "account:" + id, account.username()));
	}

	private Long enterpriseFor(Role role, String creditCode, FieldErrors errors) {
		if (role == null) {
			errors.reject("role", "validation.required");
			return null;
		}
		if (role != Role.ENTERPRISE) {
			return null;
		}
		if (creditCode == null || creditCode.isBlank()) {
			errors.reject("enterpriseCreditCode", "account.enterprise.required");
			return null;
		}
		var enterprise = enterprises.findByCreditCode(creditCode.trim().toUpperCase());
		if (enterprise.isEmpty()) {
			errors.reject("enterpriseCreditCode", "account.enterprise.unknown");
			return null;
		}
		return enterprise.get().id();
	}

	private Account load(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("not_found"));
	}

	private static void save(boolean updated) {
		if (!updated) {
			throw new ConflictException("record.version_conflict");
		}
	}

	AccountView view(Account a) {
		Enterprise enterprise = a.enterpriseId() == null ? null : enterprises.find(a.enterpriseId()).orElse(null);
		return new AccountView(a.id(), a.username(), a.displayName(), a.role(),
				enterprise == null ? null : enterprise.name(), enterprise == null ? null : enterprise.creditCode(),
				a.enabled(), throttle.throttledUntil(a.username()), a.createdAt(), a.version(), a.enterpriseRole(),
				a.permissions(), a.mustChangePassword(), a.lastSignInAt());
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
