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
 * One submitted application of the foreign-invested demo enterprise (the one with a contact person), so that the
 * clerk's queue and the enterprise's list have something to show. Only records ready to file are used: if none
 * is (a required scan missing), there is simply no demo application.
 */
@Component
@Order(DemoData.ORDER + 20)
@ConditionalOnProperty(name = "dossier.demo-data", havingValue = "true")
class VerificationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VerificationDemoData.class);

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
				List<Long> ids = candidates.of(e.id())
					.stream()
					.filter(FilingCandidates.Candidate::pickable)
					.limit(2)
					.map(c -> c.record().id())
					.toList();
				if (!ids.isEmpty()) {
					var a = verification.file(new CurrentUser(0, "demo-ent2", Role.ENTERPRISE, e.id()), ids);
					log.info("Demo verification application {} filed for {}", a.number(), e.name());
				}
			});
	}
}
