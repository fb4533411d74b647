package com.dossier.handbook;

import java.util.List;

import com.dossier.demo.DemoData;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo records for every section of the two demo enterprises, with levels A, B, C and D, each reached the way real
 * records are (import, verification, use by a qualification) so that their histories look real too. The local
 * enterprise gets more than 100 equipment records so that paging shows. Runs once, after the foundation's demo data.
 */
@Component
@Order(DemoData.ORDER + 10)
@ConditionalOnProperty(name = "dossier.demo-data", havingValue = "true")
class HandbookDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HandbookDemoData.class);

	private static final Level[] LEVELS = { Level.A, Level.B, Level.C, Level.D };

	private final EnterpriseService enterprises;

	private final SectionCatalog catalog;

	private final RecordStore store;

	private final RecordWriter writer;

	private final RecordLifecycle lifecycle;

	HandbookDemoData(EnterpriseService enterprises, SectionCatalog catalog, RecordStore store, RecordWriter writer,
			RecordLifecycle lifecycle) {
		this.enterprises = enterprises;
		this.catalog = catalog;
		this.store = store;
		this.writer = writer;
		this.lifecycle = lifecycle;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (String code : List.of(DemoData.LOCAL_CREDIT_CODE, DemoData.FOREIGN_CREDIT_CODE)) {
			enterprises.findByCreditCode(code).filter(e -> store.count(e.id(), "equipment") == 0).ifPresent(this::fill);
		}
	}

	private void fill(Enterprise enterprise) {
		int n = enterprise.foreignInvested() ? 7 : 0;
		List<SectionDefinition> sections = catalog.visibleTo(enterprise.foreignInvested());
		for (int s = 0; s < sections.size(); s++) {
			SectionDefinition section = sections.get(s);
			int count = !section.many() ? 1
					: section.code().equals("equipment") && !enterprise.foreignInvested() ? 115 : 4;
			for (int i = 0; i < count; i++) {
				// One-record sections take turns at the levels, so all four show among them as well.
				Level level = LEVELS[(section.many() ? i : s) % LEVELS.length];
				add(enterprise.id(), section, DemoSamples.sample(section, n + i), level, i);
			}
		}
		log.info("Handbook demo records created for {}", enterprise.name());
	}

	private void add(long enterpriseId, SectionDefinition section, java.util.Map<String, String> data, Level level,
			int i) {
		if (level == Level.A) {
			lifecycle.importLevelA(enterpriseId, section.code(), data);
			return;
		}
		HandbookRecord record = writer.create(enterpriseId, section.code(), Level.D, RecordStatus.DRAFT, data, null,
				ChangeKind.CREATED);
		if (level == Level.D) {
			if (i == 7) {
				submitted(record);
				lifecycle.reject(record.id(), "原件与扫描件不一致");
			}
			return;
		}
		submitted(record);
		lifecycle.verify(record.id());
		if (level == Level.B) {
			lifecycle.markUsed(List.of(record.id()));
		}
	}

	/**
	 * Filed for 原件校对 in the demo's past. Not through {@link RecordLifecycle#markPending}: that asks every
	 * {@link RecordReadiness} (required scans present), and demo records come without scans.
	 */
	private void submitted(HandbookRecord record) {
		writer.save(record.filed(), ChangeKind.SUBMITTED);
	}
}
