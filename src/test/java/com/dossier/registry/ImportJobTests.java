package com.dossier.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.dossier.registry.ImportJobs.JobKind;
import com.dossier.registry.ImportJobs.State;
import com.dossier.shared.Sql;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The background jobs of the Excel import: only their owner sees them, one runs per
 * administrator (409), a bounded number at all (429), and one whose node stopped beating
 * reads as failed and frees its owner.
 */
@HttpTest
class ImportJobTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Value("${dossier.registry.max-running-jobs:2}")
	int maxRunning;

	@Test
	void aJobIsItsOwnersOnly() throws Exception {
		String owner = data.account(Role.ADMIN);
		WebClient admin = login(owner);
		admin.get("/admin/imports");
		HttpResponse<String> started = upload(admin);
		String page = WebClient.location(started);
		assertThat(ExcelJobs.await(admin, page).statusCode()).isEqualTo(302);
		WebClient other = login(data.account(Role.ADMIN));
		assertThat(other.get(page).statusCode()).isEqualTo(404);
		assertThat(other.get(page + "/status").statusCode()).isEqualTo(404);
		assertThat(other.get("/admin/imports/jobs/99999999999999999999").statusCode()).as("no 500").isIn(400, 404);
		assertThat(other.get("/admin/imports/jobs/99999999999999999999/status").statusCode()).isIn(400, 404);
		assertThat(login(owner).get(page + "/status").body()).contains("\"state\":\"DONE\"");
		WebClient enterprise = login(data.operator().username());
		assertThat(enterprise.get(page).statusCode()).isEqualTo(403);
	}

	@Test
	void aRunningJobShowsItsProgressAndHoldsItsOwnersNextOne() throws Exception {
		String owner = data.account(Role.ADMIN);
		long held = jobs.start(owner, JobKind.PREVIEW, "held.xlsx", Instant.now(), Integer.MAX_VALUE);
		try {
			jobs.beat(held, "APPLYING", 40, 100, Instant.now());
			WebClient admin = login(owner);
			String page = admin.get("/admin/imports/jobs/" + held).body();
			assertThat(page).contains("id=\"job-progress\"", "max=\"100\"", "value=\"40\"", "正在处理：40 / 100 项",
					"/js/registry-job.js");
			assertThat(admin.get("/admin/imports/jobs/" + held + "/status").body()).contains("\"state\":\"RUNNING\"",
					"\"done\":40", "\"total\":100");
			admin.get("/admin/imports");
			HttpResponse<String> second = upload(admin);
			assertThat(second.statusCode()).isEqualTo(409);
			assertThat(second.body()).contains("您已有一项导入正在进行");
		}
		finally {
			jobs.finish(held, State.DONE, null, Instant.now());
		}
	}

	@Test
	void noMoreThanTheBoundRunAtOnce() throws Exception {
		List<Long> ghosts = new ArrayList<>();
		try {
			for (int i = 0; i < maxRunning; i++) {
				ghosts.add(jobs.start("ghost-" + TestData.unique(), JobKind.PREVIEW, "ghost.xlsx", Instant.now(),
						Integer.MAX_VALUE));
			}
			WebClient admin = login(data.account(Role.ADMIN));
			admin.get("/admin/imports");
			HttpResponse<String> refused = upload(admin);
			assertThat(refused.statusCode()).isEqualTo(429);
			assertThat(refused.body()).contains("同时进行的导入已达上限");
		}
		finally {
			ghosts.forEach(id -> jobs.finish(id, State.DONE, null, Instant.now()));
		}
	}

	@Test
	void aJobWhoseNodeStoppedBeatingIsShownAsFailedAndFreesItsOwner() throws Exception {
		String owner = data.account(Role.ADMIN);
		long lost = jobs.start(owner, JobKind.COMMIT, "lost.xlsx", Instant.now(), Integer.MAX_VALUE);
		jdbc.sql("update registry_job set heartbeat_at = ? where id = ?")
			.params(Sql.ts(Instant.now().minus(ImportJobs.LOST_AFTER).minusSeconds(5)), lost)
			.update();
		WebClient admin = login(owner);
		HttpResponse<String> page = admin.get("/admin/imports/jobs/" + lost);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"job-failed\"", "已停止响应").doesNotContain("id=\"job-progress\"");
		assertThat(admin.get("/admin/imports/jobs/" + lost + "/status").body()).contains("\"state\":\"FAILED\"");

		admin.get("/admin/imports");
		HttpResponse<String> next = upload(admin);
		assertThat(next.statusCode()).as("the owner may start again").isEqualTo(302);
		ExcelJobs.await(admin, WebClient.location(next));
		assertThat(jdbc.sql("select state from registry_job where id = ?").param(lost).query(String.class).single())
			.isEqualTo("FAILED");
		assertThat(admin.get("/admin/imports/jobs/" + lost).body()).contains("已停止响应");
	}

	private HttpResponse<String> upload(WebClient admin) throws Exception {
		String code = TestData.creditCode();
		byte[] book = new TestWorkbooks()
			.sheet(ImportSheets.BASIC, List.of(List.of(code, "作业测试企业" + TestData.unique())))
			.bytes();
		return admin.postMultipart("/admin/imports", Map.of("source", "作业测试"), "file", "job.xlsx", book);
	}

	private WebClient login(String username) {
		WebClient client = new WebClient(port);
		client.login(username, TestData.PASSWORD);
		return client;
	}

}
