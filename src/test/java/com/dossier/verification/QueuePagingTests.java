package com.dossier.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.dossier.enterprise.Enterprise;
import com.dossier.enterprise.EnterpriseData;
import com.dossier.enterprise.EnterpriseService;
import com.dossier.handbook.HandbookService;
import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import com.dossier.verification.QueueFilings.Filed;
import com.dossier.verification.VerificationApplication.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The clerk's queue by keyset, through the pages: 首页 / 上一页 / 下一页 / 末页 over a queue longer
 * than a page, filters kept in the links, a hand-edited cursor, and applications claimed
 * or decided between two views. Applications are inserted directly, on days long past
 * (one day per test) or for a fresh enterprise, so other tests' rows never mix in.
 */
@HttpTest
class QueuePagingTests {

	private static final Pattern ROW = Pattern.compile("id=\"queue-(W\\d{13})\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	HandbookService handbook;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	ApplicationRepository applications;

	WebClient clerk;

	QueueFilings filings;

	@BeforeEach
	void clerk() {
		filings = new QueueFilings(handbook, enterprises, applications);
		clerk = new WebClient(port);
		clerk.login(data.account(Role.CLERK), TestData.PASSWORD);
	}

	@Test
	void firstNextPreviousAndLastWalkAQueueLongerThanAPage() {
		TestData.Operator operator = data.operator();
		List<Filed> filed = filings.file(operator.enterpriseId(), QueueFilings.newDay(), 45);
		List<String> all = filed.stream().map(Filed::number).toList();

		View first = view("/clerk?enterprise=" + operator.creditCode());
		assertThat(first.numbers()).isEqualTo(all.subList(0, 20));
		assertThat(first.enabled("first")).isFalse();
		assertThat(first.enabled("previous")).isFalse();
		assertThat(first.enabled("next")).isTrue();
		assertThat(first.links()).allSatisfy(l -> assertThat(l).contains("enterprise=" + operator.creditCode()));

		View second = view(first.link("next"));
		assertThat(second.numbers()).isEqualTo(all.subList(20, 40));
		assertThat(second.enabled("previous")).isTrue();
		View third = view(second.link("next"));
		assertThat(third.numbers()).isEqualTo(all.subList(40, 45));
		assertThat(third.enabled("next")).isFalse();
		assertThat(third.enabled("last")).isFalse();
		assertThat(view(third.link("previous")).numbers()).isEqualTo(all.subList(20, 40));
		View back = view(second.link("previous"));
		assertThat(back.numbers()).isEqualTo(all.subList(0, 20));
		assertThat(back.enabled("previous")).isFalse();

		View last = view(first.link("last"));
		assertThat(last.numbers()).isEqualTo(all.subList(25, 45));
		assertThat(last.enabled("next")).isFalse();
		assertThat(last.enabled("previous")).isTrue();
		View beforeLast = view(last.link("previous"));
		assertThat(beforeLast.numbers()).isEqualTo(all.subList(5, 25));
		// fewer than a page before it: the first page, full
		assertThat(view(beforeLast.link("previous")).numbers()).isEqualTo(all.subList(0, 20));
		assertThat(view(last.link("first")).numbers()).isEqualTo(all.subList(0, 20));
	}

	@Test
	void progressIsCountedForThePageRows() {
		TestData.Operator operator = data.operator();
		Filed a = filings.file(operator.enterpriseId(), QueueFilings.newDay(), 1).get(0);
		applications.claim(a.id(), "someone", Instant.now());
		applications.decide(a.id(), a.records().get(0), Decision.PASS, null, "someone", Instant.now());
		String page = clerk.get("/clerk?enterprise=" + operator.creditCode()).body();
		assertThat(page).contains("queue-" + a.number()).contains("1 / 2").contains("someone");
	}

	@Test
	void dayAndStatusFiltersHoldAcrossPages() {
		LocalDate day = QueueFilings.newDay();
		TestData.Operator operator = data.operator();
		List<Filed> onDay = filings.file(operator.enterpriseId(), day, 25);
		filings.file(operator.enterpriseId(), day.plusDays(1), 3);
		String date = day.toString();

		View first = view("/clerk?date=" + date);
		assertThat(first.numbers()).isEqualTo(QueueFilings.numbers(onDay.subList(0, 20)));
		assertThat(first.links()).allSatisfy(l -> assertThat(l).contains("date=" + date));
		assertThat(view(first.link("next")).numbers()).isEqualTo(QueueFilings.numbers(onDay.subList(20, 25)));
		assertThat(view(first.link("last")).numbers()).isEqualTo(QueueFilings.numbers(onDay.subList(5, 25)));

		List<Filed> claimed = new ArrayList<>();
		for (int i = 0; i < 25; i += 2) {
			applications.claim(onDay.get(i).id(), "clerk-x", Instant.now());
			claimed.add(onDay.get(i));
		}
		View inProgress = view("/clerk?status=IN_PROGRESS&date=" + date);
		assertThat(inProgress.numbers()).isEqualTo(QueueFilings.numbers(claimed));
		assertThat(inProgress.enabled("next")).isFalse();
		View submitted = view("/clerk?status=SUBMITTED&date=" + date + "&enterprise=" + operator.creditCode());
		assertThat(submitted.numbers()).hasSize(12).doesNotContainAnyElementsOf(QueueFilings.numbers(claimed));
		assertThat(view("/clerk?status=COMPLETED&date=" + date).numbers()).isEmpty();
	}

	@Test
	void applicationsDecidedOrClaimedBetweenTwoViewsDoNotBreakPaging() {
		TestData.Operator operator = data.operator();
		List<Filed> filed = filings.file(operator.enterpriseId(), QueueFilings.newDay(), 30);
		View first = view("/clerk?enterprise=" + operator.creditCode());
		assertThat(first.numbers()).isEqualTo(QueueFilings.numbers(filed.subList(0, 20)));

		filings.complete(filed.get(19)); // the row "next" starts after
		filings.complete(filed.get(20)); // the first row of the next page
		applications.claim(filed.get(21).id(), "clerk-y", Instant.now());
		View second = view(first.link("next"));
		assertThat(second.numbers()).isEqualTo(QueueFilings.numbers(filed.subList(21, 30)));
		assertThat(second.enabled("next")).isFalse();

		filings.complete(filed.get(0));
		List<String> front = new ArrayList<>(QueueFilings.numbers(filed.subList(1, 19)));
		front.addAll(QueueFilings.numbers(filed.subList(21, 23)));
		// fewer than a page left before the cursor: the first page, full
		View previous = view(second.link("previous"));
		assertThat(previous.numbers()).isEqualTo(front);
		assertThat(previous.enabled("previous")).isFalse();

		for (Filed f : filed.subList(21, 30)) {
			filings.complete(f);
		}
		// nothing left after the cursor: the last page rather than an empty one
		View past = view(second.link("next"));
		assertThat(past.numbers()).isEqualTo(QueueFilings.numbers(filed.subList(1, 19)));
		assertThat(past.enabled("next")).isFalse();
		assertThat(view(first.link("next")).numbers()).isEqualTo(QueueFilings.numbers(filed.subList(1, 19)));
	}

	@Test
	void aCursorThatIsNotOursGoesBackToTheFirstPageWithAMessage() {
		TestData.Operator operator = data.operator();
		filings.file(operator.enterpriseId(), QueueFilings.newDay(), 2);
		String base = "/clerk?enterprise=" + operator.creditCode();
		for (String bad : List.of("after=abc", "before=", "after=12_", "after=-5_1", "after=5_0", "after=5_-1",
				"after=1234567890123456789_1", "after=253402300800000000_1", "after=1_1&before=1_1", "after=1_1&last=1",
				"before=%00", "after=" + "9".repeat(400))) {
			var response = clerk.get(base + "&" + bad);
			assertThat(response.statusCode()).as(bad).isEqualTo(302);
			assertThat(WebClient.location(response)).as(bad).isEqualTo(base);
			assertThat(clerk.get(base).body()).as(bad).contains("翻页位置无效");
		}
		assertThat(view(base + "&after=0_1").numbers()).hasSize(2);
		assertThat(view(base + "&before=253402300799000000_1").numbers()).hasSize(2);
		assertThat(clerk.get("/clerk?date=not-a-day").statusCode()).isEqualTo(400);
		assertThat(clerk.get("/clerk?status=NOPE").statusCode()).isEqualTo(400);
	}

	@Test
	void anEnterpriseIsFoundByCreditCodeOrByPartOfItsNameEvenWhenManyMatch() {
		String fragment = "分页" + TestData.unique();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i <= QueueRepository.ENTERPRISE_IDS; i++) {
			ids.add(enterprises
				.create(new EnterpriseData(TestData.creditCode(), "测试" + fragment + "企业" + i, Enterprise.Region.LOCAL,
						false, "上海市测试路 1 号", "测试法人", new BigDecimal("100"), LocalDate.of(2010, 1, 1))));
		}
		LocalDate day = QueueFilings.newDay();
		Filed a = filings.file(ids.get(3), day, 1).get(0);
		Filed b = filings.file(ids.get(QueueRepository.ENTERPRISE_IDS), day.plusDays(1), 1).get(0);
		assertThat(view("/clerk?enterprise=" + encode(fragment)).numbers()).isEqualTo(List.of(a.number(), b.number()));
		assertThat(view("/clerk?enterprise=" + encode(fragment + "企业3")).numbers()).isEqualTo(List.of(a.number()));
		String code = enterprises.get(ids.get(3)).creditCode();
		assertThat(view("/clerk?enterprise=" + code.toLowerCase()).numbers()).isEqualTo(List.of(a.number()));
		assertThat(view("/clerk?enterprise=" + TestData.creditCode()).numbers()).isEmpty();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private View view(String path) {
		var response = clerk.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new View(response.body());
	}

	/** The queue page as the clerk sees it: its rows and its pager. */
	record View(String html) {

		List<String> numbers() {
			List<String> numbers = new ArrayList<>();
			Matcher m = ROW.matcher(html);
			while (m.find()) {
				numbers.add(m.group(1));
			}
			return numbers;
		}

		String link(String which) {
			Matcher m = Pattern.compile("id=\"queue-" + which + "\" href=\"([^\"]*)\"").matcher(html);
			assertThat(m.find()).as("pager link " + which).isTrue();
			return HtmlUtils.htmlUnescape(m.group(1));
		}

		boolean enabled(String which) {
			Matcher m = Pattern.compile("<a id=\"queue-" + which + "\"[^>]*>").matcher(html);
			assertThat(m.find()).as("pager link " + which).isTrue();
			return !m.group().contains("disabled");
		}

		List<String> links() {
			return List.of(link("first"), link("previous"), link("next"), link("last"));
		}
	}

}
