package com.dossier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 14 #12: the audit log names roles, actions, levels and sections, and shortens
 * digests.
 */
class AuditWordsTests {

	private static final String DIGEST = "3f9a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8";

	private final AuditWords words = new AuditWords(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages/common", "messages/account", "messages/audit", "messages/handbook");
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
