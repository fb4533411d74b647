package com.dossier.account;

import java.time.Clock;
import java.util.List;

import com.dossier.audit.AuditEvent;
import com.dossier.shared.ConflictException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: an enterprise's managers (holders of {@link Permission#MANAGE_USERS}) run their
 * own enterprise's accounts, and only those: another enterprise's account is not found. A
 * password they set must be changed at its holder's next sign-in. No change may leave the
 * enterprise without an enabled manager. Taking rights away ends the account's sessions
 * (the acting manager's own current one is refreshed instead).
 */
@Service
public class EnterpriseUsers {

	/** Far more than an enterprise's staff; a bound on what one manager can create. */
	static final int MAX_ACCOUNTS = 200;

	private final AccountRepository accounts;

	private final AccountService service;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final SessionTerminator sessions;

	private final LoginThrottle throttle;

	private final CurrentSession session;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EnterpriseUsers(AccountRepository accounts, AccountService service, PasswordPolicy policy, PasswordEncoder encoder,
			SessionTerminator sessions, LoginThrottle throttle, CurrentSession session,
			ApplicationEventPublisher events, Clock clock) {
		this.session = session;
		this.accounts = accounts;
		this.service = service;
		this.policy = policy;
		this.encoder = encoder;
		this.sessions = sessions;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<AccountView> list(CurrentUser manager, int page, int size) {
		List<AccountView> all = accounts.ofEnterprise(enterpriseOf(manager)).stream().map(service::view).toList();
		int from = Math.min(all.size(), page * size);
		return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
	}

	@Transactional(readOnly = true)
	public AccountView get(CurrentUser manager, long id) {
		return service.view(own(manager, id));
	}

	/** A new account of the manager's enterprise, 办事员 unless another role is asked. */
	@Transactional
	public long create(CurrentUser manager, UserRequest request) {
		long enterpriseId = enterpriseOf(manager);
		FieldErrors errors = new FieldErrors();
		String username = request.username() == null ? "" : request.username().trim();
		if (!AccountService.USERNAME.matcher(username).matches()) {
			errors.reject("username", "account.username.invalid");
		}
		else if (accounts.existsByUsername(username)) {
			errors.reject("username", "account.username.taken");
		}
		String displayName = checkedName(request.displayName(), errors);
		policy.check(request.password(), "password", errors);
		EnterpriseRole role = request.role() == null ? EnterpriseRole.OPERATOR : request.role();
		EnterpriseAccess access = EnterpriseAccess.of(role, request.permissions(), errors);
		errors.throwIfAny();
		if (accounts.lockEnterprise(enterpriseId).size() >= MAX_ACCOUNTS) {
			throw new ConflictException("users.too_many", MAX_ACCOUNTS);
		}
		long id = accounts.insert(username, encoder.encode(request.password()), Role.ENTERPRISE, enterpriseId,
				displayName, clock.instant(), access.role(), access.permissions(), true);
		audit("users.created", id, enterpriseId, username + access.describe());
		return id;
	}

	/**
	 * Display name, role, permissions, enabled. Refused with 409
	 * {@code users.last_manager} when the enterprise would be left without an enabled
	 * manager.
	 */
	@Transactional
	public AccountView update(CurrentUser manager, long id, UserRequest change) {
		long enterpriseId = enterpriseOf(manager);
		List<Account> all = accounts.lockEnterprise(enterpriseId);
		Account account = all.stream().filter(a -> a.id() == id).findFirst().orElseThrow(UserNotFound::new);
		if (change.version() != null && change.version() != account.version()) {
			throw new ConflictException("record.version_conflict");
		}
		FieldErrors errors = new FieldErrors();
		String displayName = change.displayName() == null ? account.displayName()
				: checkedName(change.displayName(), errors);
		EnterpriseRole role = change.role() == null ? account.enterpriseRole() : change.role();
		var permissions = change.permissions() != null ? change.permissions()
				: role == account.enterpriseRole() ? account.permissions() : null;
		EnterpriseAccess access = EnterpriseAccess.of(role, permissions, errors);
		errors.throwIfAny();
		boolean enabled = change.enabled() == null ? account.enabled() : change.enabled();
		boolean managerLeft = all.stream()
			.anyMatch(a -> a.id() == id ? enabled && access.permissions().contains(Permission.MANAGE_USERS)
					: a.enabled() && a.may(Permission.MANAGE_USERS));
		if (!managerLeft) {
			throw new ConflictException("users.last_manager");
		}
		save(accounts.update(id, account.version(),
				"display_name = ?, enterprise_role = ?, permissions = ?, enabled = ?", displayName,
				access.role().name(), Account.column(access.permissions()), enabled));
		boolean narrowed = !enabled || !access.permissions().containsAll(account.permissions())
				|| access.role() != account.enterpriseRole();
		Account saved = accounts.findById(id).orElseThrow();
		if (!enabled || id != manager.accountId()) {
			sessions.endAll(account.username());
		}
		else {
			if (narrowed) {
				sessions.endOthers(account.username());
			}
			session.refresh(saved);
		}
		audit(enabled == account.enabled() ? "users.changed" : enabled ? "users.enabled" : "users.disabled", id,
				enterpriseId, account.username() + access.describe());
		return service.view(saved);
	}

	/** A password the holder must change at the next sign-in; their sessions end. */
	@Transactional
	public void resetPassword(CurrentUser manager, long id, String password) {
		Account account = own(manager, id);
		FieldErrors errors = new FieldErrors();
		policy.check(password, "password", errors);
		errors.throwIfAny();
		save(accounts.update(id, account.version(), "password_hash = ?, must_change_password = ?",
				encoder.encode(password), true));
		throttle.lift(account.username());
		sessions.endAll(account.username());
		audit("users.password_reset", id, account.enterpriseId(), account.username());
	}

	private Account own(CurrentUser manager, long id) {
		long enterpriseId = enterpriseOf(manager);
		return accounts.findById(id)
			.filter(a -> a.enterpriseId() != null && a.enterpriseId() == enterpriseId)
			.orElseThrow(UserNotFound::new);
	}

	private static long enterpriseOf(CurrentUser manager) {
		manager.require(Permission.MANAGE_USERS);
		return manager.requireEnterpriseId();
	}

	private static String checkedName(String name, FieldErrors errors) {
		String n = AccountService.blankToNull(name);
		if (n == null) {
			errors.reject("displayName", "validation.required");
		}
		else if (n.length() > 100) {
			errors.reject("displayName", "validation.too_long", 100);
		}
		return n;
	}

	private static void save(boolean updated) {
		if (!updated) {
			throw new ConflictException("record.version_conflict");
		}
	}

	private void audit(String action, long id, long enterpriseId, String detail) {
		events.publishEvent(AuditEvent.of(action, "account:" + id, detail).forEnterprise(enterpriseId));
	}

	/** Also another enterprise's account: its existence is never revealed. */
	static final class UserNotFound extends NotFoundException {

		UserNotFound() {
			super("users.not_found");
		}

	}

}
