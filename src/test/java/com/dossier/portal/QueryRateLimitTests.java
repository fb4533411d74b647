package com.dossier.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.dossier.support.HttpTest;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public status query answers 429 once a client asks too often in a minute, and again
 * in the next one.
 */
@HttpTest
class QueryRateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	QueryRateLimit limit;

	@Test
	void tooManyQueriesFromOneAddressAreRefused() {
		WebClient client = new WebClient(port);
		HttpResponse<String> last = null;
		try {
			// up to twice the limit: the 429 comes within it even when a minute begins in
			// between
			for (int i = 0; i <= 60 && (last == null || last.statusCode() != 429); i++) {
				last = client.json("GET", "/api/v1/public/applications/W2000010199999", null);
			}
			assertThat(last.statusCode()).isEqualTo(429);
			assertThat(last.body()).contains("\"code\":\"rate_limited\"");
			assertThat(last.headers().firstValue("Retry-After")).hasValue("60");
			HttpResponse<String> page = client.get("/status?number=W2000010199999");
			assertThat(page.statusCode()).isEqualTo(429);
			assertThat(page.body()).contains("查询过于频繁");
		}
		finally {
			limit.forget("127.0.0.1");
		}
	}

	@Test
	void aNewMinuteStartsAFreshWindow() {
		QueryRateLimit own = new QueryRateLimit(2, java.time.Clock.systemUTC());
		assertThat(own.allow("10.0.0.1", 5)).isTrue();
		assertThat(own.allow("10.0.0.1", 5)).isTrue();
		assertThat(own.allow("10.0.0.1", 5)).isFalse();
		assertThat(own.allow("10.0.0.2", 5)).isTrue();
		assertThat(own.allow("10.0.0.1", 6)).isTrue();
	}

}
