package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.dossier.shared.security.Role;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A role never reaches another role's pages or endpoints; anonymous visitors reach only
 * the public portal.
 */
@HttpTest
class AccessControlTests {

	/** One page of each role's area: every other role is refused it. */
	static final Map<Role, List<String>> PAGES = Map.of(Role.ENTERPRISE,
			List.of("/handbook", "/handbook/basic-info", "/contact"), Role.CLERK, List.of("/clerk"), Role.ADMIN,
			List.of("/admin", "/admin/accounts", "/admin/enterprises", "/admin/notices", "/admin/audit"), Role.REVIEWER,
			List.of("/review"));

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private WebClient signedIn(Role role) {
		String username = role == Role.ENTERPRISE ? data.operator().username() : data.account(role);
		WebClient browser = new WebClient(port);
		browser.login(username, TestData.PASSWORD);
		return browser;
	}

	@Test
	void everyRoleReachesItsOwnPagesAndNoOtherRoles() {
		for (Role role : Role.values()) {
			WebClient browser = signedIn(role);
			PAGES.forEach((owner, pages) -> pages.forEach(page -> {
				int status = browser.get(page).statusCode();
				if (owner == role) {
					assertThat(status).as(role + " on " + page).isEqualTo(200);
				}
				else {
					assertThat(status).as(role + " on " + page).isEqualTo(403);
				}
			}));
		}
	}

	/**
	 * Issue 14 #3: a person is told in a page of the site, with their own home, never
	 * with problem JSON.
	 */
	@Test
	void aPersonOnAnotherRolesPageGetsAnHtmlPageLinkingTheirHome() {
		for (Role role : Role.values()) {
			WebClient browser = signedIn(role);
			PAGES.forEach((owner, pages) -> {
				if (owner != role) {
					var response = browser.get(pages.get(0));
					assertThat(response.statusCode()).isEqualTo(403);
					assertThat(response.headers().firstValue("Content-Type").orElse(""))
						.as(role + " on " + pages.get(0))
						.startsWith("text/html");
					assertThat(response.body()).contains("href=\"" + role.home() + "\" id=\"error-home\"")
						.contains("<title>无权访问 · ")
						.doesNotContain("\"code\"");
				}
			});
			var english = browser.get(PAGES.get(role == Role.ADMIN ? Role.CLERK : Role.ADMIN).get(0) + "?lang=en")
				.body();
			assertThat(english).contains("You are signed in as ");
			var api = browser.json("GET", role == Role.ENTERPRISE ? "/api/v1/admin/accounts" : "/api/v1/enterprise",
					null);
			assertThat(api.statusCode()).isEqualTo(403);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		}
	}

	/** Issue 14 #17: nobody needs to sign in to learn that an address does not exist. */
	@Test
	void anAnonymousVisitorOfAnUnknownAddressGetsTheNotFoundPageAtOnce() {
		WebClient anonymous = new WebClient(port);
		for (String page : List.of("/no-such-page", "/handbookx", "/clerk-old/1", "/admin.php")) {
			var response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(404);
			assertThat(response.body()).as(page).contains("您要找的内容不存在").doesNotContain("出错了 · null");
		}
		assertThat(anonymous.json("GET", "/api/v1/no-such-thing", null).statusCode()).isEqualTo(401);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		WebClient anonymous = new WebClient(port);
		PAGES.values().stream().flatMap(List::stream).forEach(page -> {
			var response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(WebClient.location(response)).as(page).endsWith("/login");
		});
	}

	@Test
	void thePublicPortalNeedsNoSignIn() {
		WebClient anonymous = new WebClient(port);
		for (String page : List.of("/", "/notices", "/status?number=W2026112400001", "/category/gas", "/login")) {
			assertThat(anonymous.get(page).statusCode()).as(page).isIn(200, 404);
		}
	}

	@Test
	void theEnterpriseApiIsForOperatorsOnly() {
		assertThat(new WebClient(port).json("GET", "/api/v1/enterprise", null).statusCode()).isEqualTo(401);
		for (Role role : List.of(Role.CLERK, Role.ADMIN, Role.REVIEWER)) {
			var response = new WebClient(port).basic(data.account(role), TestData.PASSWORD)
				.json("GET", "/api/v1/enterprise", null);
			assertThat(response.statusCode()).as(role.name()).isEqualTo(403);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(response.body()).contains("\"code\":\"forbidden\"");
		}
	}

	@Test
	void anEnterpriseSeesOnlyItsOwnEnterprise() {
		var first = data.operator();
		var second = data.operator();
		String body = new WebClient(port).basic(first.username(), TestData.PASSWORD)
			.json("GET", "/api/v1/enterprise", null)
			.body();
		assertThat(body).contains(first.creditCode()).doesNotContain(second.creditCode());
		String page = signedInAs(first.username()).get("/handbook/basic-info").body();
		assertThat(page).contains(first.creditCode()).doesNotContain(second.creditCode());
	}

	private WebClient signedInAs(String username) {
		WebClient browser = new WebClient(port);
		browser.login(username, TestData.PASSWORD);
		return browser;
	}

}
