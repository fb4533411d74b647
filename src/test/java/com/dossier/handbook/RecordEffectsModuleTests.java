package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The handbook on its own (and the modules it needs): the events of 原件校对 move the
 * records, whoever publishes them.
 */
// The module's context leaves out the attachment module, whose blob store is in the
// readiness group.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
class RecordEffectsModuleTests {

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	EnterpriseService enterprises;

	@Test
	void aPassedRecordBecomesCAndAFailedOneShowsWhy(Scenario scenario) {
		long enterprise = enterprise();
		long passed = filed(enterprise, 1);
		long failed = filed(enterprise, 2);

		scenario.publish(OriginalsChecked.passed(passed))
			.andWaitForStateChange(() -> handbook.get(enterprise, passed).level(), Level.C::equals)
			.andVerify(level -> assertThat(handbook.get(enterprise, passed).status()).isEqualTo(RecordStatus.VERIFIED));
		scenario.publish(OriginalsChecked.failed(failed, "未提供原件"))
			.andWaitForStateChange(() -> handbook.get(enterprise, failed).status(), RecordStatus.REJECTED::equals)
			.andVerify(status -> assertThat(handbook.get(enterprise, failed).rejectionReason()).isEqualTo("未提供原件"));
	}

	@Test
	void aWithdrawnFilingMakesTheRecordsEditableAgain(Scenario scenario) {
		long enterprise = enterprise();
		long record = filed(enterprise, 3);
		scenario.publish(new FilingWithdrawn(List.of(record)))
			.andWaitForStateChange(() -> handbook.get(enterprise, record).status(), RecordStatus.DRAFT::equals)
			.andVerify(status -> assertThat(handbook.get(enterprise, record).editable()).isTrue());
	}

	private long enterprise() {
		return enterprises.create(new EnterpriseData(TestData.creditCode(), "模块测试企业" + TestData.unique(),
				Enterprise.Region.LOCAL, false, null, null, null, null));
	}

	private long filed(long enterprise, int sample) {
		long id = handbook.create(enterprise, "equipment", HandbookSamples.sample("equipment", sample)).id();
		lifecycle.markPending(enterprise, List.of(id));
		return id;
	}

}
