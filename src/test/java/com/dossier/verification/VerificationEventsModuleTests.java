package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.dossier.enterprise.Contact;
import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.FilingWithdrawn;
import com.dossier.handbook.HandbookSamples;
import com.dossier.handbook.HandbookService;
import com.dossier.handbook.Level;
import com.dossier.handbook.OriginalsChecked;
import com.dossier.handbook.RecordStatus;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import com.dossier.support.TestData;
import com.dossier.verification.VerificationApplication.Decision;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Verification with the modules it depends on: a clerk's decision and an enterprise's
 * withdrawal are published as events, and the handbook's listener has moved the record by
 * the time the call returns (same transaction).
 */
// The module's context leaves out the attachment module, whose blob store is in the
// readiness group.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class VerificationEventsModuleTests {

	@Autowired
	VerificationService verification;

	@Autowired
	HandbookService handbook;

	@Autowired
	EnterpriseService enterprises;

	@Test
	void aPassingDecisionIsPublishedAndTheRecordIsCWhenItReturns(Scenario scenario) {
		CurrentUser operator = operator();
		long record = record(operator, 1);
		String number = verification.file(operator, List.of(record)).number();
		CurrentUser clerk = new CurrentUser(0, "clerk-" + TestData.unique(), Role.CLERK, null);
		verification.claim(clerk, number);

		scenario.stimulate(() -> verification.decide(clerk, number, record, Decision.PASS, null))
			.andWaitForEventOfType(OriginalsChecked.class)
			.matching(e -> e.recordId() == record && e.passed())
			.toArriveAndVerify(
					e -> assertThat(handbook.get(operator.enterpriseId(), record).level()).isEqualTo(Level.C));
	}

	@Test
	void aWithdrawalIsPublishedAndTheRecordIsADraftAgain(Scenario scenario) {
		CurrentUser operator = operator();
		long record = record(operator, 2);
		String number = verification.file(operator, List.of(record)).number();

		scenario.stimulate(() -> verification.withdraw(operator, number))
			.andWaitForEventOfType(FilingWithdrawn.class)
			.matching(e -> e.recordIds().contains(record))
			.toArriveAndVerify(e -> assertThat(handbook.get(operator.enterpriseId(), record).status())
				.isEqualTo(RecordStatus.DRAFT));
	}

	private CurrentUser operator() {
		long id = enterprises.create(new EnterpriseData(TestData.creditCode(), "模块测试企业" + TestData.unique(),
				Enterprise.Region.LOCAL, false, null, null, null, null));
		enterprises.changeContact(id, null, new Contact("测试联系人", "021-60000000", "13800000000"));
		return new CurrentUser(0, "operator-" + TestData.unique(), Role.ENTERPRISE, id);
	}

	private long record(CurrentUser operator, int sample) {
		return handbook.create(operator.enterpriseId(), "equipment", HandbookSamples.sample("equipment", sample)).id();
	}

}
