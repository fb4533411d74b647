package com.dossier.attachment;

import java.util.ArrayList;
import java.util.List;

import com.dossier.attachment.DemoScans.Line;
import com.dossier.attachment.record.AttachmentReadiness;
import com.dossier.attachment.record.AttachmentUploads;
import com.dossier.demo.DemoData;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.AttachmentKind;
import com.dossier.handbook.AttachmentPolicy;
import com.dossier.handbook.HandbookRecord;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionTexts;
import com.dossier.shared.DossierException;
import com.dossier.shared.Page;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;
import com.dossier.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo scans for the foreign-invested demo enterprise's editable level-D records: every required kind gets a
 * generated 演示扫描件 ({@link DemoScans}), uploaded as its operator through {@link AttachmentUploads#upload} — the
 * inspections and the audit entries of a real upload — so that its records are ready to file and the verification
 * demo (which runs next) finds something to put in the clerk's queue. Records that already have their scans are
 * left alone, so a restart adds nothing.
 */
@Component
@Order(DemoData.ORDER + 15)
@Profile("!prod")
@ConditionalOnProperty(name = "dossier.demo-data", havingValue = "true")
class AttachmentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AttachmentDemoData.class);

	private static final int PAGE = 100;

	/** What an audit report must show (DESIGN §5), one scanned page each. */
	private static final List<String> REPORT_PAGES = List.of("审计报告 首页", "审计报告 盖章页", "资产负债表", "审计机构营业执照");

	private static final List<String> REPORT_PAGES_EN = List.of("first page", "stamped page", "balance sheet",
			"audit firm's licence");

	private final EnterpriseService enterprises;

	private final HandbookService handbook;

	private final AttachmentReadiness readiness;

	private final AttachmentUploads attachments;

	private final SectionTexts texts;

	AttachmentDemoData(EnterpriseService enterprises, HandbookService handbook, AttachmentReadiness readiness,
			AttachmentUploads attachments, SectionTexts texts) {
		this.enterprises = enterprises;
		this.handbook = handbook;
		this.readiness = readiness;
		this.attachments = attachments;
		this.texts = texts;
	}

	@Override
	public void run(ApplicationArguments args) {
		enterprises.findByCreditCode(DemoData.FOREIGN_CREDIT_CODE).ifPresent(this::attachAll);
	}

	private void attachAll(Enterprise enterprise) {
		long started = System.nanoTime();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		CurrentUser operator = new CurrentUser(0, DemoData.FOREIGN_OPERATOR, Role.ENTERPRISE, enterprise.id());
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((CurrentUserSource) () -> operator,
				null, AuthorityUtils.createAuthorityList("ROLE_" + Role.ENTERPRISE.name())));
		SecurityContextHolder.setContext(context);
		int files = 0;
		try {
			for (SectionDefinition section : handbook.sections(enterprise.id())) {
				for (HandbookRecord record : editable(enterprise.id(), section)) {
					for (AttachmentKind kind : readiness.missingKinds(record)) {
						files += attach(enterprise, section, record, kind) ? 1 : 0;
					}
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		if (files > 0) {
			log.info("Demo scans attached for {}: {} files in {} ms", enterprise.name(), files,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	private List<HandbookRecord> editable(long enterpriseId, SectionDefinition section) {
		List<HandbookRecord> records = new ArrayList<>();
		Page<HandbookRecord> page;
		int n = 0;
		do {
			page = handbook.page(enterpriseId, section.code(), n++, PAGE);
			page.items().stream().filter(HandbookRecord::editable).forEach(records::add);
		}
		while (page.hasNext());
		return records;
	}

	private boolean attach(Enterprise enterprise, SectionDefinition section, HandbookRecord record,
			AttachmentKind kind) {
		boolean pdf = kind.policy() == AttachmentPolicy.PDF;
		try {
			byte[] content = pdf ? DemoScans.pdf(reportPages(enterprise, section, record, kind))
					: DemoScans.jpeg(lines(enterprise, section, record, kind, null));
			attachments.upload(record.id(), kind.code(), "demo-" + kind.code() + (pdf ? ".pdf" : ".jpg"), content);
			return true;
		}
		catch (DossierException e) {
			// A demo must not stop the application: the record simply stays unready, as before demo scans existed.
			log.warn("Demo scan {} for record {} refused: {}", kind.code(), record.id(), e.code());
			return false;
		}
	}

	private List<List<Line>> reportPages(Enterprise enterprise, SectionDefinition section, HandbookRecord record,
			AttachmentKind kind) {
		List<List<Line>> pages = new ArrayList<>();
		for (int i = 0; i < REPORT_PAGES.size(); i++) {
			pages.add(lines(enterprise, section, record, kind,
					new Line(REPORT_PAGES.get(i), "Page " + (i + 1) + ": " + REPORT_PAGES_EN.get(i), 20)));
		}
		return pages;
	}

	private List<Line> lines(Enterprise enterprise, SectionDefinition section, HandbookRecord record,
			AttachmentKind kind, Line page) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line("演示扫描件", "DEMO SCAN", 48));
		lines.add(new Line("DEMO SCAN · 非原件，仅供演示", "not an original: for demonstration only", 16));
		if (page != null) {
			lines.add(page);
		}
		lines.add(new Line(enterprise.name(), enterprise.creditCode(), 18));
		lines.add(new Line(texts.text(section.nameKey(), SectionTexts.ZH) + " · "
				+ texts.text(kind.labelKey(), SectionTexts.ZH), section.code() + " / " + kind.code(), 18));
		String summary = section.columnFields()
			.stream()
			.limit(2)
			.map(f -> texts.display(f, record.data().get(f.key())))
			.filter(v -> !v.isBlank())
			.reduce((a, b) -> a + " · " + b)
			.orElse("");
		lines.add(new Line(summary, "", 16));
		lines.add(new Line("记录编号 " + record.id(), "record " + record.id(), 14));
		return lines;
	}
}
