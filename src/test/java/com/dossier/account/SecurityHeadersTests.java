package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void pagesCarryCspNosniffAndFrameAncestors() {
		var response = new WebClient(port).get("/");
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
	}

	@Test
	void cookiesAreHttpOnlyAndSameSite() {
		WebClient browser = new WebClient(port);
		browser.get("/login");
		var response = browser.login(data.operator().username(), TestData.PASSWORD);
		var cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
	}

	@Test
	void anonymousVisitsOfTheHomeCreateNoSession() {
		var response = new WebClient(port).get("/");
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
	}

}
