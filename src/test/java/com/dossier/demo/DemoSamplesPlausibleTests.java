package com.dossier.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.dossier.handbook.SectionDefinition;
import com.dossier.handbook.SectionCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer found implausible in the demo (issue 14.15) stays fixed. */
class DemoSamplesPlausibleTests {

	private static SectionDefinition section(String code) {
		return new SectionCatalog().find(code).orElseThrow();
	}

	@Test
	void theLeadershipPostsAreHeldByDifferentPeopleEachInTheirPost() {
		List<String> posts = List.of("legal-person", "principal", "technical-lead", "finance-lead", "business-lead");
		for (int n : new int[] { 0, 7 }) {
			Set<String> names = new HashSet<>();
			Set<String> ids = new HashSet<>();
			Set<String> positions = new HashSet<>();
			for (String code : posts) {
				Map<String, String> person = DemoSamples.sample(section(code), n);
				names.add(person.get("name"));
				ids.add(person.get("idNumber"));
				positions.add(person.get("position"));
			}
			assertThat(names).as("enterprise sample %d", n).hasSize(posts.size());
			assertThat(ids).hasSize(posts.size());
			assertThat(positions).contains("董事长", "总经理", "总工程师", "财务总监").hasSize(posts.size());
		}
	}

	@Test
	void anAuditReportIsIssuedTheYearAfterTheYearItCovers() {
		for (int n = 0; n < 12; n++) {
			Map<String, String> report = DemoSamples.sample(section("audit-report"), n);
			int year = Integer.parseInt(report.get("year"));
			assertThat(LocalDate.parse(report.get("issueDate")).getYear()).as(report.toString()).isEqualTo(year + 1);
		}
	}

	@Test
	void plantsAreWorkshopsAndYardsBranchesAreInChinaNamesAreNames() {
		for (int n = 0; n < 12; n++) {
			assertThat(Double.parseDouble(DemoSamples.sample(section("plant"), n).get("area"))).isGreaterThan(500);
			assertThat(DemoSamples.sample(section("branch-social-security"), n).get("location")).endsWith("市")
				.doesNotContain("德国", "日本");
		}
		for (SectionDefinition s : new SectionCatalog().all()) {
			for (int n = 0; n < 12; n++) {
				assertThat(DemoSamples.sample(s, n).values()).as(s.code()).noneMatch(v -> v.startsWith("示例"));
			}
		}
	}

}
