package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import com.dossier.shared.AdministrationTime;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 14 #12: the audit log names roles, actions, levels and sections, and shortens
 * digests.
 */
class AuditWordsTests {

	private static final String DIGEST = "3f9a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8";

	private final AuditWords words = new AuditWords(messages(),
			new AdministrationTime(AdministrationTime.DEFAULT_ZONE, Clock.systemUTC()));

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/common", "messages/account", "messages/audit", "messages/handbook",
				"messages/registry", "messages/verification");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private AuditRow row(String role, String action, String detail) {
		return words.row(new AuditEntry(1, Instant.EPOCH, "demo-ent", role, 7L, action, "record:5", "SUCCESS",
				"127.0.0.1", detail, null));
	}

	@Test
	void codesBecomeWordsInTheUsersLanguage() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		AuditRow row = row("ENTERPRISE", "handbook.record.submitted", "equipment v3 D/PENDING");
		assertThat(row.role()).isEqualTo("企业用户");
		assertThat(row.action()).isEqualTo("提交校对");
		assertThat(row.actionCode()).isEqualTo("handbook.record.submitted");
		assertThat(row.outcome()).isEqualTo("成功");
		assertThat(row.detailShort()).isEqualTo("技术装备 v3 D 级 / 校对中");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		AuditRow english = row("ADMIN", "login", null);
		assertThat(english.role()).isEqualTo("Administrator");
		assertThat(english.action()).isEqualTo("Sign-in");
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void digestsAreShortenedWithTheFullValueKept() {
		AuditRow row = row("ENTERPRISE", "attachment.upload", "attachment:9 licence " + DIGEST + " 执照.pdf");
		assertThat(row.detailShort()).isEqualTo("attachment:9 licence 3f9a1c2b4d5e… 执照.pdf");
		assertThat(row.detail()).contains(DIGEST);
		assertThat(row.shortened()).isTrue();
	}

	@Test
	void sentencesOfCountsAndDecisionsAreSaidInTheUsersLanguage() {
		String imported = "DEMO 上海市建设市场管理信息平台: created 36, updated 0, unchanged 2, removed 1, enterprises 2 (new 0)";
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		AuditRow row = row("ADMIN", "registry.import", imported);
		assertThat(row.detailShort()).isEqualTo("演示数据“上海市建设市场管理信息平台”：新增 36 条，更新 0 条，未变 2 条，移除 1 条；涉及企业 2 家（新建 0 家）");
		assertThat(row.detail()).isEqualTo(imported);
		assertThat(row.shortened()).isTrue();
		assertThat(row("CLERK", "verification.decided", "record 65 PASS").detailShort()).isEqualTo("记录 65：通过");
		assertThat(row("CLERK", "verification.decided", "record 65 FAIL 原件与扫描件不一致").detailShort())
			.isEqualTo("记录 65：不通过（原件与扫描件不一致）");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(row("ADMIN", "registry.import", imported).detailShort()).isEqualTo(
				"Demo data \"上海市建设市场管理信息平台\": 36 created, 0 updated, 2 unchanged, 1 removed; 2 enterprises (0 new)");
		assertThat(row("CLERK", "verification.decided", "record 65 FAIL it's blurred").detailShort())
			.isEqualTo("Record 65: Failed (it's blurred)");
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void pagesCopiedScansAndIgnoredHeadersAreSentencesTooWithDigestsShortened() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(row("CLERK", "attachment.download", DIGEST + " page 2").detailShort())
			.isEqualTo("3f9a1c2b4d5e… 第 2 页");
		assertThat(row("ENTERPRISE", "attachment.revision_copy", "3 from record:7").detailShort())
			.isEqualTo("从 record:7 复制扫描件 3 个");
		assertThat(row(null, "certificate.untrusted_proxy", "header X-SSL-Cert from 10.0.0.9 ignored").detailShort())
			.isEqualTo("已忽略来自 10.0.0.9 的 X-SSL-Cert 请求头");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(row("ENTERPRISE", "attachment.revision_merge", "1 from record:8").detailShort())
			.isEqualTo("Scans carried back from record:8: 1");
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aThrottledSignInSaysWhoAndUntilWhenInTheAdministrationsTime() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(row(null, "login.throttled",
				"user name demo-ent: 5 failed sign-ins in a row, attempts refused until 2026-12-03T06:15:30Z")
			.detailShort()).isEqualTo("用户名 demo-ent 连续登录失败 5 次，2026-12-03 14:15 前拒绝登录");
		assertThat(row(null, "login.throttled",
				"address 10.0.0.9: 20 failed sign-ins in a row, attempts refused until 2026-12-03T06:15:30Z")
			.detailShort()).isEqualTo("地址 10.0.0.9 连续登录失败 20 次，2026-12-03 14:15 前拒绝登录");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(row(null, "login.throttled",
				"user name a at its known address 10.0.0.9: 10 failed sign-ins in a row, "
						+ "attempts refused until 2026-12-03T06:15:30Z")
			.detailShort()).isEqualTo(
					"User name a at its known address 10.0.0.9: 10 failed sign-ins in a row, refused until 2026-12-03 14:15");
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aSentenceUnderAnotherActionOrInAnotherShapeIsLeftAsItIs() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(row("CLERK", "verification.claimed", "record 65 PASS").detailShort()).isEqualTo("record 65 PASS");
		assertThat(row("CLERK", "verification.decided", "record 65 MAYBE").detailShort()).isEqualTo("record 65 MAYBE");
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theFilterOffersTheActionsByName() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(words.actions()).containsEntry("login", "登录")
			.containsEntry("notice.deleted", "删除公告")
			.doesNotContainKey("code");
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void unknownCodesAreShownAsTheyAre() {
		AuditRow row = row("SOMEONE", "paging.test", "plain words");
		assertThat(row.role()).isEqualTo("SOMEONE");
		assertThat(row.action()).isEqualTo("paging.test");
		assertThat(row.detailShort()).isEqualTo("plain words");
		assertThat(row.shortened()).isFalse();
	}

}
