package com.dossier.qualification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.dossier.audit.AuditEvent;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.QualificationApproved;
import com.dossier.qualification.QualificationApplication.Kind;
import com.dossier.qualification.QualificationApplication.Result;
import com.dossier.qualification.QualificationApplication.Status;
import com.dossier.shared.AdministrationTime;
import com.dossier.shared.ApplicationNumber;
import com.dossier.shared.ConflictException;
import com.dossier.shared.DailySequence;
import com.dossier.shared.DossierException;
import com.dossier.shared.FieldErrors;
import com.dossier.shared.InvalidInputException;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 资质申请: enterprises file applications citing their handbook records and may withdraw them
 * until a reviewer claims one; the reviewer approves or returns it with a reason, once.
 * An approval is published ({@link QualificationApproved}) and the handbook turns the
 * cited C records B in the same transaction.
 */
@Service
public class QualificationService {

	static final int MAX_ITEMS = 100;

	/** Filings per enterprise and day: the day's 99,999 numbers are shared by all. */
	static final int DAILY_PER_ENTERPRISE = 200;

	private final ApplicationStore applications;

	private final DailySequence numbers;

	private final Citations citations;

	private final Catalogue catalogue;

	private final EnterpriseService enterprises;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AdministrationTime time;

	QualificationService(ApplicationStore applications, Citations citations, Catalogue catalogue,
			EnterpriseService enterprises, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			JdbcClient jdbc, Clock clock, AdministrationTime time) {
		this.applications = applications;
		this.numbers = new DailySequence(jdbc, transactions, time, "qualification_sequence", 'Z');
		this.citations = citations;
		this.catalogue = catalogue;
		this.enterprises = enterprises;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.time = time;
	}

	/**
	 * Files the application. The request and every cited record are checked first; only a
	 * filing that will succeed takes a number, in its own transaction.
	 */
	public QualificationApplication file(CurrentUser user, Kind kind, String category, String grade,
			Collection<Long> recordIds) {
		user.require(Permission.FILE);
		long enterpriseId = user.requireEnterpriseId();
		List<Long> ids = recordIds == null ? List.of() : recordIds.stream().distinct().toList();
		FieldErrors errors = new FieldErrors();
		if (kind == null) {
			errors.reject("kind", "validation.required");
		}
		var cat = category == null ? Optional.<Catalogue.Category>empty() : catalogue.find(category);
		if (cat.isEmpty()) {
			errors.reject("category", category == null ? "validation.required" : "qualification.category_unknown");
		}
		else if (grade == null || cat.get().grade(grade).isEmpty()) {
			errors.reject("grade", grade == null ? "validation.required" : "qualification.grade_unknown");
		}
		if (ids.isEmpty() || ids.size() > MAX_ITEMS || ids.contains(null)) {
			errors.reject("recordIds", ids.size() > MAX_ITEMS ? "validation.too_many" : "validation.required",
					MAX_ITEMS);
		}
		errors.throwIfAny();
		Enterprise enterprise = enterprises.get(enterpriseId);
		if (!enterprise.hasContact()) {
			throw new ConflictException("application.contact_missing");
		}
		LocalDate day = numbers.today();
		numbers.prepare(day);
		return transaction.execute(s -> {
			List<HandbookRecord> records = requireCitable(enterpriseId, ids);
			if (applications.countFiledBetween(enterpriseId, time.startOf(day),
					time.startOf(day.plusDays(1))) >= DAILY_PER_ENTERPRISE) {
				throw new DossierException(HttpStatus.TOO_MANY_REQUESTS, "qualification.daily_limit",
						DAILY_PER_ENTERPRISE);
			}
			ApplicationNumber number = numbers.take(day);
			long id = applications.insert(number.value(), enterprise, kind, category, grade, clock.instant(),
					user.username());
			int order = 0;
			for (long recordId : ids) {
				HandbookRecord r = records.stream().filter(x -> x.id() == recordId).findFirst().orElseThrow();
				applications.insertItem(id, r.id(), r.section(), r.level(), order++);
			}
			audit(user, "qualification.filed", number.value(), kind + " " + category + "/" + grade + " records " + ids,
					enterpriseId);
			return applications.find(number.value()).orElseThrow();
		});
	}

	/**
	 * Another enterprise's record reads as not found (never revealed); the enterprise's
	 * own records that cannot be cited are listed, each with why.
	 */
	private List<HandbookRecord> requireCitable(long enterpriseId, List<Long> ids) {
		citations.lock(enterpriseId, ids);
		Map<Long, Optional<String>> checked = citations.check(enterpriseId, ids);
		if (checked.size() != ids.size()) {
			throw new NotFoundException("record.not_found");
		}
		FieldErrors refused = new FieldErrors();
		for (int i = 0; i < ids.size(); i++) {
			long id = ids.get(i);
			checked.get(id).ifPresent(why -> refused.reject("recordIds", why, id));
		}
		if (refused.hasErrors()) {
			throw new InvalidInputException("record.not_citable", refused);
		}
		return citations.records(enterpriseId, ids);
	}

	/** An enterprise sees only its own (another's is not found), a reviewer any. */
	@Transactional(readOnly = true)
	public QualificationApplication get(CurrentUser user, String number) {
		QualificationApplication a = parse(number).flatMap(applications::find)
			.orElseThrow(() -> new NotFoundException("application.not_found", number));
		if (user.is(Role.ENTERPRISE) && a.enterpriseId() != user.requireEnterpriseId()) {
			throw new NotFoundException("application.not_found", number);
		}
		if (!user.is(Role.ENTERPRISE) && !user.is(Role.REVIEWER)) {
			throw new NotFoundException("application.not_found", number);
		}
		return a;
	}

	@Transactional(readOnly = true)
	public Page<QualificationApplication> ofEnterprise(CurrentUser user, int page, int size) {
		return applications.ofEnterprise(user.requireEnterpriseId(), page, size);
	}

	/**
	 * The applications citing each of these records (for a record's page and the
	 * reviewer).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> citing(Collection<Long> recordIds) {
		return applications.citing(recordIds);
	}

	/**
	 * An application to print (书面材料打印): the enterprise's own, for an account with
	 * {@link Permission#PRINT}.
	 */
	@Transactional(readOnly = true)
	public QualificationApplication printable(CurrentUser user, String number) {
		user.require(Permission.PRINT);
		return get(user, number);
	}

	@Transactional
	public QualificationApplication withdraw(CurrentUser user, String number) {
		user.require(Permission.FILE);
		QualificationApplication a = get(user, number);
		if (!applications.withdraw(a.id(), clock.instant())) {
			throw new ConflictException("qualification.not_withdrawable");
		}
		audit(user, "qualification.withdrawn", a.number(), null, a.enterpriseId());
		return applications.find(a.number()).orElseThrow();
	}

	/** Takes the application; a second reviewer is told who has it. */
	@Transactional
	public QualificationApplication claim(CurrentUser reviewer, String number) {
		QualificationApplication a = get(reviewer, number);
		if (!applications.claim(a.id(), reviewer.username(), clock.instant())) {
			QualificationApplication now = applications.find(a.number()).orElseThrow();
			if (now.status() == Status.IN_REVIEW && reviewer.username().equals(now.claimedBy())) {
				return now;
			}
			if (now.status() == Status.IN_REVIEW) {
				throw new ConflictException("application.already_claimed", now.claimedBy());
			}
			throw new ConflictException("qualification.not_claimable");
		}
		audit(reviewer, "qualification.claimed", a.number(), null, a.enterpriseId());
		return applications.find(a.number()).orElseThrow();
	}

	/**
	 * The claiming reviewer's final word. A return needs a reason; an approval turns the
	 * cited C records B, in this transaction.
	 */
	@Transactional
	public QualificationApplication decide(CurrentUser reviewer, String number, Result result, String reason) {
		String why = reason == null ? null : reason.strip();
		FieldErrors errors = new FieldErrors();
		if (result == null) {
			errors.reject("result", "validation.required");
		}
		else if (result == Result.RETURN && (why == null || why.isEmpty())) {
			errors.reject("reason", "validation.required");
		}
		else if (why != null && why.length() > 500) {
			errors.reject("reason", "validation.too_long", 500);
		}
		errors.throwIfAny();
		QualificationApplication a = get(reviewer, number);
		if (a.status().decided()) {
			throw new ConflictException("qualification.already_decided");
		}
		String stored = why == null || why.isEmpty() ? null : why;
		Status status = result == Result.APPROVE ? Status.APPROVED : Status.RETURNED;
		if (!applications.decide(a.id(), status, stored, reviewer.username(), clock.instant())) {
			QualificationApplication now = applications.find(a.number()).orElseThrow();
			throw new ConflictException(
					now.status().decided() ? "qualification.already_decided" : "application.not_claimed_by_you");
		}
		if (status == Status.APPROVED) {
			events.publishEvent(new QualificationApproved(a.number(), a.recordIds()));
		}
		audit(reviewer, "qualification.decided", a.number(), result + (stored == null ? "" : " " + stored),
				a.enterpriseId());
		return applications.find(a.number()).orElseThrow();
	}

	/** What the portal may show: never who filed it or what it cites. */
	@Transactional(readOnly = true)
	public Optional<QualificationApplication> findPublic(ApplicationNumber number) {
		return number.prefix() == 'Z' ? applications.find(number.value()) : Optional.empty();
	}

	private static Optional<String> parse(String number) {
		String n = number == null ? "" : number.strip().toUpperCase();
		if (!ApplicationNumber.isValid(n) || n.charAt(0) != 'Z') {
			throw new DossierException(HttpStatus.BAD_REQUEST, "qualification.number_malformed");
		}
		return Optional.of(n);
	}

	private void audit(CurrentUser user, String action, String number, String detail, long enterpriseId) {
		events.publishEvent(new AuditEvent(action, AuditEvent.Outcome.SUCCESS, "application:" + number, detail,
				user.username(), user.role().name(), enterpriseId));
	}

}
