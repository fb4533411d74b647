package com.dossier.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.dossier.audit.AuditEvent;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.FilingWithdrawn;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.OriginalsChecked;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.ConflictException;
import com.dossier.shared.DossierException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;
import com.dossier.verification.VerificationApplication.Decision;
import com.dossier.verification.VerificationApplication.Status;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 原件校对: enterprises file and withdraw applications, clerks claim them and decide each
 * item. Filing freezes the records by a call to {@link RecordLifecycle} (it must be able
 * to refuse); a decision and a withdrawal are published ({@link OriginalsChecked},
 * {@link FilingWithdrawn}) and the handbook moves the records in the same transaction.
 */
@Service
public class VerificationService {

	static final int MAX_ITEMS = 100;

	private final ApplicationRepository applications;

	private final NumberSequence numbers;

	private final RecordLifecycle lifecycle;

	private final EnterpriseService enterprises;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final FilingLimits limits;

	private final AdministrationTime time;

	VerificationService(ApplicationRepository applications, NumberSequence numbers, RecordLifecycle lifecycle,
			EnterpriseService enterprises, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, FilingLimits limits, AdministrationTime time) {
		this.limits = limits;
		this.time = time;
		this.applications = applications;
		this.numbers = numbers;
		this.lifecycle = lifecycle;
		this.enterprises = enterprises;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Files the records (all or none are frozen). The records are locked and checked
	 * first; only a filing that will succeed takes a number, in the same transaction, so
	 * that refusals cannot use up the day's numbers.
	 */
	public VerificationApplication file(CurrentUser user, Collection<Long> recordIds) {
		user.require(Permission.FILE);
		long enterpriseId = user.requireEnterpriseId();
		List<Long> ids = recordIds == null ? List.of() : recordIds.stream().distinct().toList();
		if (ids.isEmpty() || ids.size() > MAX_ITEMS) {
			FieldErrors errors = new FieldErrors();
			errors.reject("recordIds", ids.isEmpty() ? "validation.required" : "validation.too_many", MAX_ITEMS);
			errors.throwIfAny();
		}
		Enterprise enterprise = enterprises.get(enterpriseId);
		if (!enterprise.hasContact()) {
			throw new ConflictException("application.contact_missing");
		}
		LocalDate day = numbers.today();
		numbers.prepare(day);
		return transaction.execute(s -> {
			List<HandbookRecord> records = lifecycle.markPending(enterpriseId, ids);
			if (applications.countFiledBetween(enterpriseId, time.startOf(day), time.startOf(day.plusDays(1))) >= limits
				.dailyPerEnterprise()) {
				throw new DossierException(HttpStatus.TOO_MANY_REQUESTS, "application.daily_limit",
						limits.dailyPerEnterprise());
			}
			ApplicationNumber number = numbers.take(day);
			long id = applications.insert(number.value(), enterprise, clock.instant(), user.username());
			int order = 0;
			for (long recordId : ids) {
				HandbookRecord r = records.stream().filter(x -> x.id() == recordId).findFirst().orElseThrow();
				applications.insertItem(id, r.id(), r.section(), order++);
			}
			audit(user, "verification.filed", number.value(), "records " + ids, enterpriseId);
			return applications.find(number.value()).orElseThrow();
		});
	}

	/**
	 * An application the user may see: an enterprise only its own (another's is simply
	 * not found), a clerk any.
	 */
	@Transactional(readOnly = true)
	public VerificationApplication get(CurrentUser user, String number) {
		VerificationApplication a = parse(number).flatMap(applications::find)
			.orElseThrow(() -> new NotFoundException("application.not_found", number));
		if (user.is(Role.ENTERPRISE) && a.enterpriseId() != user.requireEnterpriseId()) {
			throw new NotFoundException("application.not_found", number);
		}
		return a;
	}

	/**
	 * An application to print (书面材料打印): the enterprise's own, for an account with
	 * {@link Permission#PRINT}.
	 */
	@Transactional(readOnly = true)
	public VerificationApplication printable(CurrentUser user, String number) {
		user.require(Permission.PRINT);
		return get(user, number);
	}

	@Transactional(readOnly = true)
	public Page<VerificationApplication> ofEnterprise(CurrentUser user, int page, int size) {
		return applications.ofEnterprise(user.requireEnterpriseId(), page, size);
	}

	/** Only while no clerk has it: the records become editable again. */
	@Transactional
	public VerificationApplication withdraw(CurrentUser user, String number) {
		user.require(Permission.FILE);
		VerificationApplication a = get(user, number);
		if (!applications.withdraw(a.id(), clock.instant())) {
			throw new ConflictException("application.not_withdrawable");
		}
		events.publishEvent(new FilingWithdrawn(a.recordIds()));
		audit(user, "verification.withdrawn", a.number(), null, a.enterpriseId());
		return applications.find(a.number()).orElseThrow();
	}

	/**
	 * Takes the application for this clerk; a second clerk is told who has it. Claiming
	 * one's own again is fine.
	 */
	@Transactional
	public VerificationApplication claim(CurrentUser clerk, String number) {
		VerificationApplication a = get(clerk, number);
		if (!applications.claim(a.id(), clerk.username(), clock.instant())) {
			VerificationApplication now = applications.find(a.number()).orElseThrow();
			if (now.status() == Status.IN_PROGRESS && clerk.username().equals(now.claimedBy())) {
				return now;
			}
			if (now.status() == Status.IN_PROGRESS) {
				throw new ConflictException("application.already_claimed", now.claimedBy());
			}
			throw new ConflictException("application.not_claimable");
		}
		audit(clerk, "verification.claimed", a.number(), null, a.enterpriseId());
		return applications.find(a.number()).orElseThrow();
	}

	/**
	 * The claiming clerk's final word on one item. The application row is locked first,
	 * so decisions on one application are taken one at a time, and the conditional UPDATE
	 * refuses a second decision on the item.
	 */
	@Transactional
	public VerificationApplication decide(CurrentUser clerk, String number, long recordId, Decision decision,
			String reason) {
		String why = reason == null ? null : reason.strip();
		if (decision == null || (decision == Decision.FAIL && (why == null || why.isEmpty()))
				|| (why != null && why.length() > 500)) {
			FieldErrors errors = new FieldErrors();
			if (decision == null) {
				errors.reject("result", "validation.required");
			}
			else if (why == null || why.isEmpty()) {
				errors.reject("reason", "validation.required");
			}
			else {
				errors.reject("reason", "validation.too_long", 500);
			}
			errors.throwIfAny();
		}
		VerificationApplication a = parse(number).flatMap(applications::lock)
			.orElseThrow(() -> new NotFoundException("application.not_found", number));
		if (a.item(recordId) == null) {
			throw new NotFoundException("item.not_found");
		}
		if (a.item(recordId).decided()) {
			throw new ConflictException("item.already_decided");
		}
		if (a.status() != Status.IN_PROGRESS || !clerk.username().equals(a.claimedBy())) {
			throw new ConflictException("application.not_claimed_by_you");
		}
		String stored = decision == Decision.PASS && (why == null || why.isEmpty()) ? null : why;
		if (!applications.decide(a.id(), recordId, decision, stored, clerk.username(), clock.instant())) {
			throw new ConflictException("item.already_decided");
		}
		events.publishEvent(decision == Decision.PASS ? OriginalsChecked.passed(recordId)
				: OriginalsChecked.failed(recordId, stored));
		audit(clerk, "verification.decided", a.number(),
				"record " + recordId + " " + decision + (stored == null ? "" : " " + stored), a.enterpriseId());
		applications.completeIfDecided(a.id(), clock.instant());
		return applications.find(a.number()).orElseThrow();
	}

	/**
	 * What the portal may show of an application; never who filed it or what it holds.
	 */
	@Transactional(readOnly = true)
	public Optional<VerificationApplication> findPublic(ApplicationNumber number) {
		return applications.find(number.value());
	}

	private static Optional<String> parse(String number) {
		String n = number == null ? "" : number.strip().toUpperCase();
		if (!ApplicationNumber.isValid(n)) {
			throw new DossierException(HttpStatus.BAD_REQUEST, "application.number_malformed");
		}
		return Optional.of(n);
	}

	/**
	 * The acting user is given explicitly: filings also come from code with no signed-in
	 * user (demo data).
	 */
	private void audit(CurrentUser user, String action, String number, String detail, long enterpriseId) {
		events.publishEvent(new AuditEvent(action, AuditEvent.Outcome.SUCCESS, "application:" + number, detail,
				user.username(), user.role().name(), enterpriseId));
	}

}
