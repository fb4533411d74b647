package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

@HttpTest
class AuditLogTests {

	private static final Pattern ROW = Pattern.compile("id=\"audit-(\\d+)\"");

	@Autowired
	JdbcClient jdbc;

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
		var entries = log.latest(new AuditFilter(op.username(), "login", null, null, null, null), 10);
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

	@Test
	void pagesWalkTheLogNewestFirstAndKeepTheFilters() {
		String actor = "pager-" + TestData.unique();
		LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
		Instant start = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
		List<Long> shown = new ArrayList<>();
		List<Long> all = new ArrayList<>();
		for (int i = 0; i < 130; i++) {
			// every third shares its predecessor's time (the id decides); every fifth is
			// a failure the filter drops
			Instant at = start.plusSeconds(10L * (i - i / 3)).plusNanos(123_456_000);
			AuditEvent.Outcome outcome = i % 5 == 4 ? AuditEvent.Outcome.FAILURE : AuditEvent.Outcome.SUCCESS;
			long id = insert(actor, outcome, at);
			all.add(0, id);
			if (outcome == AuditEvent.Outcome.SUCCESS) {
				shown.add(id);
			}
		}
		all.add(insert(actor, AuditEvent.Outcome.SUCCESS, start.minusSeconds(86_400))); // the
																						// day
																						// before:
																						// outside
		all.add(0, insert(actor, AuditEvent.Outcome.DENIED, start.plusSeconds(86_400))); // the
																							// day
																							// after
		List<Long> newest = new ArrayList<>(shown);
		Collections.reverse(newest); // ids grow with time here, so newest first is by id,
										// descending
		assertThat(newest).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(newest).hasSize(104);

		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		String base = "/admin/audit?actor=" + actor + "&outcome=SUCCESS&from=" + day + "&to=" + day;
		View first = view(admin, base);
		assertThat(first.ids()).isEqualTo(newest.subList(0, 50));
		assertThat(first.enabled("first")).isFalse();
		assertThat(first.enabled("previous")).isFalse();
		assertThat(first.enabled("next")).isTrue();
		assertThat(first.links())
			.allSatisfy(l -> assertThat(l).contains("actor=" + actor, "outcome=SUCCESS", "from=" + day, "to=" + day));
		assertThat(first.html()).doesNotContain("第 1 /");

		View second = view(admin, first.link("next"));
		assertThat(second.ids()).isEqualTo(newest.subList(50, 100));
		View third = view(admin, second.link("next"));
		assertThat(third.ids()).isEqualTo(newest.subList(100, 104));
		assertThat(third.enabled("next")).isFalse();
		assertThat(third.enabled("last")).isFalse();
		assertThat(view(admin, third.link("previous")).ids()).isEqualTo(newest.subList(50, 100));
		View back = view(admin, second.link("previous"));
		assertThat(back.ids()).isEqualTo(newest.subList(0, 50));
		assertThat(back.enabled("previous")).isFalse();

		View last = view(admin, first.link("last"));
		assertThat(last.ids()).isEqualTo(newest.subList(54, 104));
		assertThat(last.enabled("previous")).isTrue();
		View beforeLast = view(admin, last.link("previous"));
		assertThat(beforeLast.ids()).isEqualTo(newest.subList(4, 54));
		// fewer than a page before it: the first page, full
		assertThat(view(admin, beforeLast.link("previous")).ids()).isEqualTo(newest.subList(0, 50));
		assertThat(view(admin, last.link("first")).ids()).isEqualTo(newest.subList(0, 50));

		View failures = view(admin, "/admin/audit?actor=" + actor + "&outcome=FAILURE");
		assertThat(failures.ids()).hasSize(26);
		assertThat(failures.enabled("next")).isFalse();
		// the actor alone: every outcome, one index range each, merged in time order
		View everything = view(admin, "/admin/audit?actor=" + actor);
		assertThat(everything.ids()).isEqualTo(all.subList(0, 50));
		View more = view(admin, everything.link("next"));
		assertThat(more.ids()).isEqualTo(all.subList(50, 100));
		assertThat(view(admin, more.link("next")).ids()).isEqualTo(all.subList(100, 132));
		assertThat(view(admin, more.link("previous")).ids()).isEqualTo(all.subList(0, 50));
		assertThat(view(admin, everything.link("last")).ids()).isEqualTo(all.subList(82, 132));
	}

	@Test
	void aCursorThatIsNotOursGoesBackToTheFirstPageWithTheFiltersAndAMessage() {
		String actor = "cursor-" + TestData.unique();
		insert(actor, AuditEvent.Outcome.DENIED, Instant.parse("2001-02-03T04:05:06Z"));
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		String base = "/admin/audit?actor=" + actor + "&outcome=DENIED";
		for (String bad : List.of("after=abc", "before=", "after=12_", "after=-5_1", "after=5_0",
				"after=1234567890123456789_1", "after=253402300800000000_1", "after=1_1&before=1_1", "after=1_1&last=1",
				"before=%00", "after=" + "9".repeat(400))) {
			var response = admin.get(base + "&" + bad);
			assertThat(response.statusCode()).as(bad).isEqualTo(302);
			assertThat(WebClient.location(response)).as(bad).isEqualTo(base);
			assertThat(admin.get(base).body()).as(bad).contains("翻页位置无效");
		}
		assertThat(view(admin, base + "&after=253402300799000000_1").ids()).hasSize(1);
		assertThat(view(admin, base + "&before=0_1").ids()).hasSize(1);
		assertThat(view(admin, base + "&page=7").ids()).hasSize(1);
		for (String odd : List.of("from=not-a-day", "to=-5000-01-01", "from=%2B999999999-12-31",
				"to=%2B999999999-12-31", "enterpriseId=abc", "enterpriseId=99999999999999999999")) {
			assertThat(admin.get(base + "&" + odd).statusCode()).as(odd).isIn(200, 400);
		}
	}

	@Test
	void anImportsCountsAndAClerksDecisionReadAsSentencesWithTheStoredTextInTheDetails() {
		String actor = "sentences-" + TestData.unique();
		String imported = "EXCEL 上海市建设市场管理信息平台: created 3, updated 1, unchanged 0, removed 0, enterprises 1 (new 1)";
		log.record(new AuditEvent("registry.import", AuditEvent.Outcome.SUCCESS, "import:1", imported, actor, "ADMIN",
				null), null, Instant.now());
		log.record(new AuditEvent("verification.decided", AuditEvent.Outcome.SUCCESS, "application:W1",
				"record 42 FAIL 扫描件不清晰", actor, "CLERK", null), null, Instant.now());
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		String page = HtmlUtils.htmlUnescape(view(admin, "/admin/audit?actor=" + actor).html());
		assertThat(page).contains("Excel 工作簿“上海市建设市场管理信息平台”：新增 3 条，更新 1 条", "记录 42：不通过（扫描件不清晰）")
			.contains("<code class=\"break\">" + imported + "</code>");
		String english = HtmlUtils.htmlUnescape(view(admin, "/admin/audit?actor=" + actor + "&lang=en").html());
		assertThat(english).contains("Excel workbook \"上海市建设市场管理信息平台\": 3 created, 1 updated",
				"Record 42: Failed (扫描件不清晰)");
	}

	private long insert(String actor, AuditEvent.Outcome outcome, Instant at) {
		log.record(new AuditEvent("paging.test", outcome, "t", null, actor, "ADMIN", null), null, at);
		return jdbc.sql("select max(id) from audit_event where actor = ?").param(actor).query(Long.class).single();
	}

	private static View view(WebClient client, String path) {
		var response = client.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new View(response.body());
	}

	/** The audit list as the administrator sees it: its entries and its pager. */
	record View(String html) {

		List<Long> ids() {
			List<Long> ids = new ArrayList<>();
			Matcher m = ROW.matcher(html);
			while (m.find()) {
				ids.add(Long.parseLong(m.group(1)));
			}
			return ids;
		}

		String link(String which) {
			Matcher m = Pattern.compile("id=\"audit-" + which + "\" href=\"([^\"]*)\"").matcher(html);
			assertThat(m.find()).as("pager link " + which).isTrue();
			return HtmlUtils.htmlUnescape(m.group(1));
		}

		boolean enabled(String which) {
			Matcher m = Pattern.compile("<a id=\"audit-" + which + "\"[^>]*>").matcher(html);
			assertThat(m.find()).as("pager link " + which).isTrue();
			return !m.group().contains("disabled");
		}

		List<String> links() {
			return List.of(link("first"), link("previous"), link("next"), link("last"));
		}
	}

}
