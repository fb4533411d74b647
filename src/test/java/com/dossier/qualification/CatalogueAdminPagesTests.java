package com.dossier.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator extends the catalogue of 资质申请 from a page (the API's checks, with the
 * messages beside the fields); nobody else reaches the page.
 */
@HttpTest
class CatalogueAdminPagesTests {

	static final String PAGE = "/admin/qualification-catalogue";

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Catalogue catalogue;

	@Test
	void anAdministratorAddsACategoryAndThenAGradeToIt() {
		WebClient admin = admin();
		assertThat(admin.get(PAGE).body()).contains("data-category=\"supervision\"").contains("资质类别与等级");
		String code = "test-" + TestData.unique().toLowerCase(Locale.ROOT);
		HttpResponse<String> saved = admin.postForm(PAGE, Map.of("category", code, "nameZh", "测试类别", "nameEn",
				"Test category", "grade", "A", "gradeZh", "甲级", "gradeEn", "Grade A"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(saved)).endsWith(PAGE);
		assertThat(admin.get(PAGE).body()).contains("data-category=\"" + code + "\"").contains("资质类别与等级已保存");

		HttpResponse<String> grade = admin.postForm(PAGE,
				Map.of("category", code, "grade", "B", "gradeZh", "乙级", "gradeEn", "Grade B"));
		assertThat(grade.statusCode()).isEqualTo(302);
		assertThat(catalogue.find(code).orElseThrow().grades()).extracting(Catalogue.Grade::grade)
			.containsExactly("A", "B");
		assertThat(catalogue.find(code).orElseThrow().name().zh()).isEqualTo("测试类别");
	}

	@Test
	void badCodesAndAGradeThatExistsAreRefusedBesideTheirFields() {
		WebClient admin = admin();
		admin.get(PAGE);
		HttpResponse<String> bad = admin.postForm(PAGE, Map.of("category", "Bad Code", "nameZh", "坏", "nameEn", "Bad",
				"grade", "a b", "gradeZh", "甲级", "gradeEn", "A"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("类别代码只能由小写字母、数字和连字符组成").contains("等级代码只能由大写字母、数字和下划线组成");
		assertThat(catalogue.find("Bad Code")).isEmpty();

		HttpResponse<String> missing = admin.postForm(PAGE,
				Map.of("category", "test-" + TestData.unique().toLowerCase(Locale.ROOT), "grade", "A"));
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("has-error");

		int grades = catalogue.find("supervision").orElseThrow().grades().size();
		HttpResponse<String> twice = admin.postForm(PAGE,
				Map.of("category", "supervision", "grade", "A", "gradeZh", "甲级", "gradeEn", "A"));
		assertThat(twice.statusCode()).isEqualTo(200);
		assertThat(twice.body()).contains("该类别已有这个等级。");
		assertThat(catalogue.find("supervision").orElseThrow().grades()).hasSize(grades);
	}

	@Test
	void noOtherRoleReachesThePage() {
		for (Role role : new Role[] { Role.REVIEWER, Role.CLERK }) {
			WebClient other = new WebClient(port);
			other.login(data.account(role), TestData.PASSWORD);
			assertThat(other.get(PAGE).statusCode()).as(role.name()).isEqualTo(403);
		}
		WebClient enterprise = new WebClient(port);
		enterprise.login(data.operator().username(), TestData.PASSWORD);
		assertThat(enterprise.get(PAGE).statusCode()).isEqualTo(403);
		assertThat(enterprise.postForm(PAGE, Map.of("category", "x", "grade", "A")).statusCode()).isEqualTo(403);
	}

	private WebClient admin() {
		WebClient admin = new WebClient(port);
		admin.login(data.account(Role.ADMIN), TestData.PASSWORD);
		return admin;
	}

}
