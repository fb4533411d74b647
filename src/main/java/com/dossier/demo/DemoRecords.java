package com.dossier.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.Level;
import com.dossier.handbook.RecordLifecycle;
import com.dossier.handbook.SectionDefinition;
import com.dossier.shared.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo records for every section of the two demo enterprises, with levels A, B, C and D,
 * each reached the way a real record is: typed in as a draft, level A imported, scans
 * uploaded, filed for 原件校对 and passed (C) or failed, relied on by a qualification (B).
 * demo-ent2, which has a contact person, files real applications that demo-clerk decides;
 * demo-ent has none yet (its first sign-in meets the contact page), so its past checks
 * are the record's own transitions without an application. demo-ent gets more than 100
 * equipment records so that paging shows. Runs once, on enterprises without records.
 */
@Component
@Order(DemoData.ORDER + 10)
@ConditionalOnProperty(name = "dossier.demo-data", havingValue = "true")
class DemoRecords implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);

	private static final Level[] LEVELS = { Level.A, Level.B, Level.C, Level.D };

	/** What the clerk wrote when demo-ent's eighth equipment record was failed. */
	static final String FAIL_REASON = "原件与扫描件不一致";

	/**
	 * Left in the clerk's queue for demo-ent2: a few applications of two records each;
	 * the rest it files itself.
	 */
	private static final int OPEN_APPLICATIONS = 3;

	private static final int OPEN_ITEMS = 2;

	private final EnterpriseService enterprises;

	private final HandbookService handbook;

	private final RecordLifecycle lifecycle;

	private final DemoScanUploads scans;

	private final DemoChecks checks;

	private final DemoQualification qualification;

	DemoRecords(EnterpriseService enterprises, HandbookService handbook, RecordLifecycle lifecycle,
			DemoScanUploads scans, DemoChecks checks, DemoQualification qualification) {
		this.qualification = qualification;
		this.enterprises = enterprises;
		this.handbook = handbook;
		this.lifecycle = lifecycle;
		this.scans = scans;
		this.checks = checks;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String code : List.of(DemoData.LOCAL_CREDIT_CODE, DemoData.FOREIGN_CREDIT_CODE)) {
			enterprises.findByCreditCode(code)
				.filter(e -> handbook.page(e.id(), "equipment", 0, 1).totalItems() == 0)
				.ifPresent(this::fill);
		}
	}

	private void fill(Enterprise enterprise) {
		long started = System.nanoTime();
		CurrentUser operator = DemoUsers.operatorOf(enterprise);
		List<Planned> planned = DemoUsers.as(operator, () -> typeIn(enterprise));
		// The records the clerk checks need their scans; demo-ent2's drafts get theirs
		// too, ready for it to file.
		List<HandbookRecord> scanned = planned.stream()
			.filter(p -> p.checked() || enterprise.foreignInvested())
			.map(Planned::record)
			.toList();
		int files = DemoUsers.as(operator, () -> scans.attachRequired(enterprise, scanned));
		List<Long> passed = ids(planned.stream().filter(p -> p.level() != Level.D).toList());
		List<Long> failed = ids(planned.stream().filter(Planned::fails).toList());
		if (enterprise.hasContact()) {
			checks.throughApplications(operator, passed, failed, FAIL_REASON);
			checks.leaveOpen(operator, ids(planned.stream().filter(p -> !p.checked()).toList()), OPEN_APPLICATIONS,
					OPEN_ITEMS);
		}
		else {
			checks.withoutApplication(enterprise.id(), passed, failed, FAIL_REASON);
		}
		List<Long> used = ids(planned.stream().filter(p -> p.level() == Level.B).toList());
		if (enterprise.hasContact()) {
			qualification.approved(operator, used);
			List<Long> inForce = ids(planned.stream().filter(p -> p.level() == Level.C).toList());
			qualification.leaveOpen(operator, inForce.subList(0, Math.min(3, inForce.size())));
		}
		else {
			// without a contact person no application can be filed: the same transition
			// without the application around it
			lifecycle.markUsed(used);
		}
		log.info("Demo records for {}: {} records, {} scans, in {} ms", enterprise.name(), planned.size(), files,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Every section's records as the operator types them in; level A imported from the
	 * management system.
	 */
	private List<Planned> typeIn(Enterprise enterprise) {
		int n = enterprise.foreignInvested() ? 7 : 0;
		List<Planned> planned = new ArrayList<>();
		List<SectionDefinition> sections = handbook.sections(enterprise.id());
		for (int s = 0; s < sections.size(); s++) {
			SectionDefinition section = sections.get(s);
			int count = !section.many() ? 1
					: section.code().equals("equipment") && !enterprise.foreignInvested() ? 115 : 4;
			for (int i = 0; i < count; i++) {
				// One-record sections take turns at the levels, so all four show among
				// them as well.
				Level level = LEVELS[(section.many() ? i : s) % LEVELS.length];
				Map<String, String> data = DemoSamples.sample(section, n + i);
				if (level == Level.A) {
					lifecycle.importLevelA(enterprise.id(), section.code(), null, data, DemoRegistry.SOURCE);
				}
				else {
					planned.add(new Planned(handbook.create(enterprise.id(), section.code(), data), level,
							level == Level.D && i == 7));
				}
			}
		}
		return planned;
	}

	private static List<Long> ids(List<Planned> planned) {
		return planned.stream().map(p -> p.record().id()).toList();
	}

	/**
	 * A draft and the level it is to reach; {@code fails}: filed and failed, so that a
	 * reason shows.
	 */
	private record Planned(HandbookRecord record, Level level, boolean fails) {

		boolean checked() {
			return level != Level.D || fails;
		}
	}

}
