package com.dossier.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dossier.demo.DemoSamples;
import com.dossier.shared.AdministrationTime;
import com.dossier.support.HttpTest;
import com.dossier.support.TestAttachments;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rough edges a newcomer met on the 信息自助变更 pages (issue 14), as the HTML a browser
 * gets shows them.
 */
@HttpTest
class HandbookRoughEdgesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	RecordLifecycle lifecycle;

	@Autowired
	TestAttachments attachments;

	@Autowired
	AdministrationTime time;

	@Autowired
	JdbcClient jdbc;

	@Value("${dossier.portal.title-en}")
	String englishPortalTitle;

	private final SectionDefinition equipment = new SectionCatalog().find("equipment").orElseThrow();

	private WebClient signedIn(TestData.Operator operator, String language) {
		WebClient browser = new WebClient(port).language(language);
		browser.login(operator.username(), TestData.PASSWORD);
		return browser;
	}

	/**
	 * #4: the same record saved in two tabs. The late save keeps its typing, says what
	 * changed, and saves again.
	 */
	@Test
	void aSaveConflictKeepsTheTypingShowsTheirValuesAndSavesOnTheSecondTry() {
		TestData.Operator operator = data.operator();
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 1));
		Map<String, String> theirs = new HashMap<>(r.data());
		theirs.put("model", "THEIR-MODEL");
		handbook.update(operator.enterpriseId(), r.id(), 1, theirs);

		WebClient browser = signedIn(operator, "zh-CN");
		browser.get("/handbook/records/" + r.id() + "/edit");
		Map<String, String> mine = HandbookPagesTests.fields(r.data());
		mine.put("f_origin", "我的产地");
		mine.put("version", "1");
		HttpResponse<String> conflict = browser.postForm("/handbook/records/" + r.id(), mine);
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(conflict.body())
			.contains("id=\"conflict\"", "已被他人修改", "保存了第 2 版", "id=\"record-form\"", "value=\"我的产地\"",
					"id=\"theirs-model\"", "对方保存的值：THEIR-MODEL", "name=\"version\" value=\"2\"", "id=\"save\"")
			.doesNotContain("id=\"theirs-origin\"");
		assertThat(handbook.get(operator.enterpriseId(), r.id()).data().get("origin"))
			.isEqualTo(r.data().get("origin"));

		mine.put("version", "2");
		HttpResponse<String> saved = browser.postForm("/handbook/records/" + r.id(), mine);
		assertThat(saved.statusCode()).isEqualTo(302);
		HandbookRecord now = handbook.get(operator.enterpriseId(), r.id());
		assertThat(now.version()).isEqualTo(3);
		assertThat(now.data()).containsEntry("origin", "我的产地").containsEntry("model", r.data().get("model"));

		WebClient english = signedIn(operator, "en");
		english.get("/handbook/records/" + r.id() + "/edit");
		assertThat(english.postForm("/handbook/records/" + r.id(), mine).body())
			.contains("Someone else has changed this record", "saved version 3");
	}

	/** #10: the page of a C record says to use 变更, and has it. */
	@Test
	void aLockedRecordsPageOffersTheChangeItMentions() {
		TestData.Operator operator = data.operator();
		HandbookRecord c = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 2));
		attachments.attachRequired(operator.enterpriseId(), c.id());
		lifecycle.markPending(operator.enterpriseId(), List.of(c.id()));
		lifecycle.verify(c.id());
		WebClient browser = signedIn(operator, "zh-CN");
		String page = browser.get("/handbook/records/" + c.id() + "/edit").body();
		assertThat(page)
			.contains("如需修改，请使用“变更”", "id=\"revise\"", "form=\"revise-form\"",
					"action=\"/handbook/records/" + c.id() + "/revision\"")
			.doesNotContain("id=\"save\"");
		String draft = WebClient.location(browser.postForm("/handbook/records/" + c.id() + "/revision", Map.of()));
		assertThat(browser.get(draft).body()).contains("已创建第 " + c.id() + " 号信息的变更草稿", "id=\"save\"");
		// Asked again (a second tab, a double click): the open draft, said so in the one
		// note.
		String again = WebClient.location(browser.postForm("/handbook/records/" + c.id() + "/revision", Map.of()));
		assertThat(again).isEqualTo(draft);
		assertThat(browser.get(again).body()).contains("已有一个进行中的变更，已为您打开").doesNotContain("flash-success");
		assertThat(browser.get(again).body()).contains("这是第 " + c.id() + " 号信息的变更");
	}

	/**
	 * #16: a date typed wrong is answered with an example, not a pattern, in both
	 * languages.
	 */
	@Test
	void aWrongDateIsAnsweredWithAnExample() {
		TestData.Operator operator = data.operator();
		Map<String, String> fields = HandbookPagesTests.fields(DemoSamples.sample(equipment, 3));
		fields.put("f_manufactureDate", "2019/05/01");
		WebClient chinese = signedIn(operator, "zh-CN");
		chinese.get("/handbook/sections/equipment/new");
		assertThat(chinese.postForm("/handbook/sections/equipment/records", fields).body())
			.contains("日期格式应为 2026-12-01（年-月-日）。")
			.doesNotContain("yyyy");
		WebClient english = signedIn(operator, "en");
		english.get("/handbook/sections/equipment/new");
		assertThat(english.postForm("/handbook/sections/equipment/records", fields).body())
			.contains("Enter the date as year-month-day, for example 2026-12-01.")
			.doesNotContain("yyyy");
	}

	/**
	 * #5: history in the administration's time (Asia/Shanghai), as attachments and
	 * applications are, never UTC.
	 */
	@Test
	void historyShowsTheAdministrationsTime() {
		TestData.Operator operator = data.operator();
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 4));
		attachments.attachRequired(operator.enterpriseId(), r.id());
		RecordVersion created = handbook.history(operator.enterpriseId(), r.id()).get(0);
		String history = signedIn(operator, "zh-CN").get("/handbook/records/" + r.id() + "/history").body();
		String utc = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(created.at());
		assertThat(history).contains("<td class=\"time\">" + time.minutes(created.at()) + "</td>", "附件变更")
			.doesNotContain(utc);
	}

	/** #9 without scripts: 删除 lands on a page asking first; only its 确定删除 deletes. */
	@Test
	void anAttachmentsDeleteAsksFirstAlsoWithoutScripts() {
		TestData.Operator operator = data.operator();
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 5));
		attachments.attachRequired(operator.enterpriseId(), r.id());
		WebClient browser = signedIn(operator, "zh-CN");
		String form = browser.get("/handbook/records/" + r.id() + "/edit").body();
		Matcher m = Pattern.compile("action=\"(/handbook/records/" + r.id() + "/attachments/(\\d+)/delete)\"")
			.matcher(form);
		assertThat(m.find()).isTrue();
		String attachment = m.group(2);
		assertThat(form).contains("data-confirm=\"确定删除附件“invoice.pdf”吗？删除后仍保留在修改历史中。\"",
				"data-confirmed-action=\"/handbook/attachments/" + attachment + "/delete\"");

		HttpResponse<String> asked = browser.postForm(m.group(1), Map.of());
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("确定删除附件“invoice.pdf”吗？", "id=\"delete-yes\"",
				"action=\"/handbook/attachments/" + attachment + "/delete\"",
				"href=\"/handbook/records/" + r.id() + "/edit\"");
		assertThat(live(r.id())).isEqualTo(1);

		HttpResponse<String> deleted = browser.postForm("/handbook/attachments/" + attachment + "/delete", Map.of());
		assertThat(WebClient.location(deleted)).isEqualTo("/handbook/records/" + r.id() + "/edit");
		assertThat(live(r.id())).isZero();
		// Nothing to ask about once it is gone, nor on another enterprise's record.
		assertThat(browser.postForm(m.group(1), Map.of()).statusCode()).isEqualTo(404);
		WebClient other = signedIn(data.operator(), "zh-CN");
		other.get("/handbook/sections");
		assertThat(other.postForm(m.group(1), Map.of()).statusCode()).isEqualTo(404);
	}

	/**
	 * #11: English pages say things in English punctuation too (no ：（）“” left from the
	 * Chinese texts).
	 */
	@Test
	void theEnglishPagesHaveNoChinesePunctuation() {
		TestData.Operator operator = data.operator();
		HandbookRecord r = handbook.create(operator.enterpriseId(), "plant",
				Map.of("address", "Pudong Avenue 100", "area", "250", "ownership", "OWN"));
		attachments.attachRequired(operator.enterpriseId(), r.id());
		WebClient english = signedIn(operator, "en");
		Pattern chinese = Pattern.compile("[：（）“”，。；、\\p{IsHan}]");
		for (String path : List.of("/handbook/sections", "/handbook/sections/plant", "/handbook/sections/plant/new",
				"/handbook/records/" + r.id() + "/edit", "/handbook/records/" + r.id() + "/history")) {
			String page = english.get(path).body();
			// The one Chinese word an English page has on purpose: the switch back to 中文.
			assertThat(page).as(path).contains(englishPortalTitle);
			String text = page.replaceAll("<a [^>]*lang=\"zh-CN\"[^>]*>[^<]*</a>", " ")
				.replaceAll("(?s)<[^>]*>", " ")
				.replaceAll("\\s+", " ");
			Matcher m = chinese.matcher(text);
			assertThat(m.find() ? text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
					: null)
				.as(path)
				.isNull();
		}
	}

	private int live(long recordId) {
		return jdbc.sql("select count(*) from attachment where record_id = ? and deleted_at is null")
			.param(recordId)
			.query(Integer.class)
			.single();
	}

	/**
	 * #11: a preset fail reason, stored in the guide's Chinese, reads English on an
	 * English page.
	 */
	@Test
	void aPresetFailReasonReadsInTheReadersLanguage() {
		TestData.Operator operator = data.operator();
		HandbookRecord r = handbook.create(operator.enterpriseId(), "equipment", DemoSamples.sample(equipment, 2));
		attachments.attachRequired(r);
		lifecycle.markPending(operator.enterpriseId(), List.of(r.id()));
		lifecycle.reject(r.id(), "原件与扫描件不一致");
		String english = signedIn(operator, "en").get("/handbook/records/" + r.id() + "/edit").body();
		assertThat(english).contains("Originals not accepted: Originals do not match the scans")
			.doesNotContain("原件与扫描件不一致");
		String chinese = signedIn(operator, "zh-CN").get("/handbook/records/" + r.id() + "/edit").body();
		assertThat(chinese).contains("原件与扫描件不一致");
	}

}
