package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class CsrfTokenHandlerTests {

	private final CsrfToken token = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf",
			"a2f1c7e0-1111-4222-8333-944445555666");

	private final CsrfTokenHandler handler = new CsrfTokenHandler();

	@Test
	void aFormCarriesTheTokenMaskedAfreshOnEveryPageAndEachMaskIsAccepted() {
		Set<String> masks = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			String mask = masked();
			assertThat(mask).isNotEqualTo(token.getToken());
			masks.add(mask);
			MockHttpServletRequest post = new MockHttpServletRequest("POST", "/x");
			post.setParameter("_csrf", mask);
			assertThat(handler.resolveCsrfTokenValue(post, token)).isEqualTo(token.getToken());
		}
		assertThat(masks).hasSize(50);
	}

	@Test
	void aScriptSendsTheCookiesRawValueInTheHeader() {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/x");
		post.addHeader("X-XSRF-TOKEN", token.getToken());
		assertThat(handler.resolveCsrfTokenValue(post, token)).isEqualTo(token.getToken());
	}

	@Test
	void eachThreadDrawsFromAGeneratorOfItsOwn() throws Exception {
		var random = new CsrfTokenHandler.PerThreadSecureRandom();
		byte[] here = new byte[32];
		random.nextBytes(here);
		byte[] there = CompletableFuture.supplyAsync(() -> {
			byte[] b = new byte[32];
			random.nextBytes(b);
			return b;
		}).get();
		assertThat(here).isNotEqualTo(there).isNotEqualTo(new byte[32]);
		assertThat(random.nextInt()).isNotEqualTo(random.nextInt());
	}

	private String masked() {
		MockHttpServletRequest get = new MockHttpServletRequest("GET", "/x");
		handler.handle(get, new MockHttpServletResponse(), () -> token);
		return ((CsrfToken) get.getAttribute(CsrfToken.class.getName())).getToken();
	}

}
