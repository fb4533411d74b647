package com.dossier.verification;

import java.util.List;

import com.dossier.demo.DemoData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few submitted applications of the foreign-invested demo enterprise (the one with a contact person), so that the
 * clerk's queue and the enterprise's list have something to show. Only records ready to file are used (the
 * attachment module's demo gives them their scans first): if none is, there is simply no demo application.
 */
@Component
@Order(DemoData.ORDER + 20)
@ConditionalOnProperty(name = "dossier.demo-data", havingValue = "true")
class VerificationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VerificationDemoData.class);

	/** A few applications of two items each; the rest of the ready records are left for demo-ent2 to file. */
	private static final int APPLICATIONS = 3;

	private static final int ITEMS = 2;

	private final EnterpriseService enterprises;

	private final FilingCandidates candidates;

	private final ApplicationRepository applications;

	private final VerificationService verification;

	VerificationDemoData(EnterpriseService enterprises, FilingCandidates candidates,
			ApplicationRepository applications, VerificationService verification) {
		this.enterprises = enterprises;
		this.candidates = candidates;
		this.applications = applications;
		this.verification = verification;
	}

	@Override
	public void run(ApplicationArguments args) {
		enterprises.findByCreditCode(DemoData.FOREIGN_CREDIT_CODE)
			.filter(e -> e.hasContact() && applications.ofEnterprise(e.id(), 0, 1).totalItems() == 0)
			.ifPresent(e -> {
				List<Long> ready = candidates.of(e.id())
					.stream()
					.filter(FilingCandidates.Candidate::pickable)
					.map(c -> c.record().id())
					.toList();
				CurrentUser operator = new CurrentUser(0, DemoData.FOREIGN_OPERATOR, Role.ENTERPRISE, e.id());
				int filed = 0;
				for (int from = 0; filed < APPLICATIONS && from < ready.size(); from += ITEMS, filed++) {
					var a = verification.file(operator, ready.subList(from, Math.min(from + ITEMS, ready.size())));
					log.info("Demo verification application {} filed for {}", a.number(), e.name());
				}
			});
	}
}
