package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class AuditLogTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	AuditLog log;

	@Test
	void signInsSucceededAndFailedAreLoggedWithRoleAddressAndOutcome() {
		var op = data.operator();
		new WebClient(port).login(op.username(), "wrong-password");
		new WebClient(port).login(op.username(), TestData.PASSWORD);
		var entries = log.find(new AuditFilter(op.username(), "login", null, null, null, null), 0, 10).items();
		assertThat(entries).extracting(AuditEntry::outcome).containsExactly("SUCCESS", "FAILURE");
		AuditEntry success = entries.get(0);
		assertThat(success.actorRole()).isEqualTo("ENTERPRISE");
		assertThat(success.enterpriseId()).isEqualTo(op.enterpriseId());
		assertThat(success.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(success.occurredAt()).isNotNull();
	}

	@Test
	void administratorsFilterTheLogAndNobodyElseSeesIt() {
		String clerk = data.account(Role.CLERK);
		new WebClient(port).login(clerk, "wrong-password");
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		String page = admin.get("/admin/audit?actor=" + clerk + "&outcome=FAILURE").body();
		assertThat(page).contains(clerk, "BadCredentialsException");
		assertThat(admin.get("/admin/audit?actor=nobody-at-all").body()).contains("没有任何数据可以显示");

		WebClient clerkBrowser = new WebClient(port);
		clerkBrowser.login(data.account(Role.CLERK), TestData.PASSWORD);
		assertThat(clerkBrowser.get("/admin/audit").statusCode()).isEqualTo(403);
	}
}
