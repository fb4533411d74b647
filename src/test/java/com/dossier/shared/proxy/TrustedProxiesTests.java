package com.dossier.shared.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

	@Test
	void matchesSingleAddressesAndIpv4Ranges() {
		TrustedProxies proxies = TrustedProxies.of(List.of("127.0.0.1, 10.0.0.0/8", "192.168.10.64/26"));

		assertThat(proxies.contains("127.0.0.1")).isTrue();
		assertThat(proxies.contains("127.0.0.2")).isFalse();
		assertThat(proxies.contains("10.255.3.4")).isTrue();
		assertThat(proxies.contains("11.0.0.1")).isFalse();
		assertThat(proxies.contains("192.168.10.64")).isTrue();
		assertThat(proxies.contains("192.168.10.127")).isTrue();
		assertThat(proxies.contains("192.168.10.128")).isFalse();
		assertThat(proxies.contains("192.168.10.63")).isFalse();
	}

	@Test
	void matchesIpv6AddressesAndRanges() {
		TrustedProxies proxies = TrustedProxies.of(List.of("::1", "2001:db8::/32", "fd00:1:2:3::/64"));

		assertThat(proxies.contains("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.contains("[::1]")).isTrue();
		assertThat(proxies.contains("2001:db8:ffff::5")).isTrue();
		assertThat(proxies.contains("2001:db9::5")).isFalse();
		assertThat(proxies.contains("fd00:1:2:3:aaaa::1%eth0")).isTrue();
		assertThat(proxies.contains("fd00:1:2:4::1")).isFalse();
		assertThat(proxies.contains("127.0.0.1")).as("IPv4 is not in an IPv6 range").isFalse();
	}

	@Test
	void ipv4MappedIpv6IsTheIpv4Address() {
		assertThat(TrustedProxies.of(List.of("10.1.0.0/16")).contains("::ffff:10.1.2.3")).isTrue();
	}

	@Test
	void prefixZeroMatchesEveryAddressOfItsFamily() {
		TrustedProxies all = TrustedProxies.of(List.of("0.0.0.0/0"));

		assertThat(all.contains("203.0.113.9")).isTrue();
		assertThat(all.contains("2001:db8::1")).isFalse();
	}

	@Test
	void emptyConfigurationTrustsNobody() {
		assertThat(TrustedProxies.of(List.of()).contains("127.0.0.1")).isFalse();
		assertThat(TrustedProxies.of(null).isEmpty()).isTrue();
		assertThat(TrustedProxies.of(List.of(" ")).isEmpty()).isTrue();
	}

	@Test
	void garbageAndHostNamesNeverMatch() {
		TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8"));

		assertThat(proxies.contains("localhost")).isFalse();
		assertThat(proxies.contains("")).isFalse();
		assertThat(proxies.contains(null)).isFalse();
		assertThat(proxies.contains("10.0.0")).isFalse();
	}

	/**
	 * What Spring Security's IpAddressMatcher alone would get wrong, hence the literal
	 * check in front of it.
	 */
	@Test
	void onlyPlainLiteralsReachTheMatcher() {
		TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "fe80::/10"));

		assertThat(proxies.contains("fe80::1%no-such-interface")).as("a zone naming no interface here").isTrue();
		assertThat(proxies.contains("10.1")).as("not read as 10.0.0.1").isFalse();
		assertThat(proxies.contains("010.0.0.1")).as("no octal-looking octets").isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("::1/-1")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.1/8")));
	}

	@Test
	void refusesHostNamesAndBadPrefixesInTheConfiguration() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("proxy.example.com")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/x")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("::1/129")));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("300.1.1.1")));
	}

}
