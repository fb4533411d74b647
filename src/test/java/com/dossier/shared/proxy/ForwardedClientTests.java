package com.dossier.shared.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ForwardedClientTests {

	private final ForwardedClient filter = new ForwardedClient(TrustedProxies.of(List.of("10.0.0.0/8", "::1")));

	@Test
	void theRightMostAddressThatIsNotAProxyIsTheClient() throws Exception {
		HttpServletRequest seen = through("10.0.0.1", "https", "6.6.6.6, 198.51.100.7, 10.0.0.9");
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen.getServerPort()).isEqualTo(443);
		assertThat(ForwardedClient.connectionAddress(seen)).isEqualTo("10.0.0.1");
	}

	@Test
	void anUntrustedPeerIsTheClientWhateverItClaims() throws Exception {
		HttpServletRequest seen = through("203.0.113.5", "https", "198.51.100.7");
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.5");
		assertThat(seen.isSecure()).isFalse();
		assertThat(ForwardedClient.connectionAddress(seen)).isEqualTo("203.0.113.5");
	}

	@Test
	void aMalformedHopEndsTheWalkAtWhatWasProven() throws Exception {
		assertThat(through("10.0.0.1", null, "198.51.100.7, evil.example").getRemoteAddr()).isEqualTo("10.0.0.1");
		assertThat(through("10.0.0.1", null, "unknown, 198.51.100.7").getRemoteAddr()).isEqualTo("198.51.100.7");
		assertThat(through("10.0.0.1", null, "10.0.0.3").getRemoteAddr()).as("only proxies: the farthest one")
			.isEqualTo("10.0.0.3");
		assertThat(through("::1", "javascript", "2001:db8::7").getRemoteAddr()).isEqualTo("2001:db8::7");
		assertThat(through("::1", "javascript", "2001:db8::7").getScheme()).isEqualTo("http");
	}

	private HttpServletRequest through(String peer, String proto, String forwardedFor) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(peer);
		if (proto != null) {
			request.addHeader("X-Forwarded-Proto", proto);
		}
		request.addHeader("X-Forwarded-For", forwardedFor);
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), (r, response) -> seen.set((HttpServletRequest) r));
		return seen.get();
	}

}
