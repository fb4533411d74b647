package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

/**
 * The session's attributes as JSON, and what an earlier version's bytes become (issue
 * 20).
 */
class SessionJsonTests {

	static final Instant SIGNED_IN = Instant.parse("2026-12-02T08:30:00.123Z");

	static SecurityContext context() {
		CurrentUser user = new CurrentUser(42, "ent-op", Role.ENTERPRISE, 7L, "张三", EnterpriseRole.OPERATOR,
				EnumSet.of(Permission.EDIT, Permission.FILE), true);
		AccountPrincipal principal = new AccountPrincipal(user, "{bcrypt}$2a$10$secret", true);
		List<GrantedAuthority> authorities = new java.util.ArrayList<>(principal.getAuthorities());
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.issuedAt(SIGNED_IN)
			.build());
		var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
		token.setDetails(new WebAuthenticationDetails("10.1.2.3", "before-sign-in"));
		return new SecurityContextImpl(token);
	}

	@Test
	void theSignedInAccountRoundTripsWithoutItsPasswordHash() {
		byte[] bytes = SessionJson.write(context());
		String json = new String(bytes, StandardCharsets.UTF_8);
		assertThat(json).startsWith("{").contains("\"kind\":\"context\"").doesNotContain("bcrypt", "secret");

		SecurityContext read = (SecurityContext) SessionJson.read(bytes);
		var token = (UsernamePasswordAuthenticationToken) read.getAuthentication();
		assertThat(token.isAuthenticated()).isTrue();
		AccountPrincipal principal = (AccountPrincipal) token.getPrincipal();
		assertThat(principal.currentUser())
			.isEqualTo(((AccountPrincipal) context().getAuthentication().getPrincipal()).currentUser());
		assertThat(principal.enabled()).isTrue();
		assertThat(principal.getPassword()).isNull();
		assertThat(token.getAuthorities()).containsExactlyElementsOf(context().getAuthentication().getAuthorities());
		assertThat(token.getAuthorities()).filteredOn(FactorGrantedAuthority.class::isInstance)
			.singleElement()
			.extracting(a -> ((FactorGrantedAuthority) a).getIssuedAt())
			.isEqualTo(SIGNED_IN);
		assertThat(token.getDetails()).isEqualTo(new WebAuthenticationDetails("10.1.2.3", "before-sign-in"));
	}

	@Test
	void signingOutOfOneReadLeavesTheNextReadSignedIn() {
		byte[] bytes = SessionJson.write(context());
		SecurityContext first = (SecurityContext) SessionJson.read(bytes);
		SecurityContext second = (SecurityContext) SessionJson.read(bytes);
		assertThat(second).isNotSameAs(first);
		// what SecurityContextLogoutHandler does to the request's context
		first.setAuthentication(null);
		SecurityContext third = (SecurityContext) SessionJson.read(bytes);
		assertThat(third.getAuthentication()).isNotNull().isEqualTo(second.getAuthentication());
		assertThat(((AccountPrincipal) third.getAuthentication().getPrincipal()).currentUser().username())
			.isEqualTo("ent-op");
	}

	@Test
	void manySessionsStillReadAsTheirOwn() {
		for (int i = 0; i < SessionJson.MAX_SIGN_INS + 5; i++) {
			var token = UsernamePasswordAuthenticationToken.authenticated(
					new AccountPrincipal(new CurrentUser(i, "user" + i, Role.ENTERPRISE, 7L, null, null, null, false),
							null, true),
					null, List.of());
			var read = (SecurityContext) SessionJson.read(SessionJson.write(new SecurityContextImpl(token)));
			assertThat(((AccountPrincipal) read.getAuthentication().getPrincipal()).currentUser().accountId())
				.isEqualTo(i);
		}
	}

	@Test
	void anAccountOfNoEnterpriseRoundTrips() {
		CurrentUser clerk = new CurrentUser(3, "clerk", Role.CLERK, null, null, null, java.util.Set.of(), false);
		var token = UsernamePasswordAuthenticationToken.authenticated(new AccountPrincipal(clerk, null, true), null,
				new AccountPrincipal(clerk, null, true).getAuthorities());
		SecurityContext read = (SecurityContext) SessionJson.read(SessionJson.write(new SecurityContextImpl(token)));
		assertThat(((AccountPrincipal) read.getAuthentication().getPrincipal()).currentUser()).isEqualTo(clerk);
		assertThat(read.getAuthentication().getDetails()).isNull();
	}

	@Test
	void thePageAskedForBeforeSignInStillLeadsThere() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/handbook/sections/equipment");
		request.setQueryString("page=2");
		request.setParameter("page", "2");
		DefaultSavedRequest saved = new DefaultSavedRequest(request, "continue");
		DefaultSavedRequest read = (DefaultSavedRequest) SessionJson.read(SessionJson.write(saved));
		assertThat(read.getRedirectUrl()).isEqualTo(saved.getRedirectUrl())
			.isEqualTo("http://localhost/handbook/sections/equipment?page=2&continue");
		assertThat(read.getParameterMap()).containsOnlyKeys("page");
		assertThat(read.getMethod()).isEqualTo("GET");
	}

	@Test
	void plainValuesKeepTheirType() {
		Map<String, Object> hash = Map.of("creationTime", 1733130000000L, "maxInactiveInterval", 1800, "sessionAttr:x",
				"text");
		for (Object value : List.of("text", 1733130000000L, 1800, true, SIGNED_IN, hash)) {
			assertThat(SessionJson.read(SessionJson.write(value))).isEqualTo(value);
		}
	}

	@Test
	void anEarlierVersionsJavaSerialisedContextIsStillRead() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(context());
		}
		SecurityContext read = (SecurityContext) SessionJson.read(bytes.toByteArray());
		assertThat(((AccountPrincipal) read.getAuthentication().getPrincipal()).currentUser())
			.isEqualTo(((AccountPrincipal) context().getAuthentication().getPrincipal()).currentUser());
	}

	@Test
	void bytesThatAreNoValueReadAsNone() {
		assertThat(SessionJson.read(new byte[] { (byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3 })).isNull();
		assertThat(SessionJson.read("{\"kind\":\"context\"}".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(SessionJson.read("{\"kind\":\"class\",\"name\":\"java.io.File\"}".getBytes(StandardCharsets.UTF_8)))
			.isNull();
		assertThat(SessionJson.read("{not json".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(SessionJson.read(new byte[0])).isNull();
	}

	@Test
	void aValueWithoutAJsonFormIsKeptInJavaFormInsideTheDocument() {
		List<Integer> list = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(1, 2));
		byte[] bytes = SessionJson.write(list);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"kind\":\"java\"");
		assertThat(SessionJson.read(bytes)).isEqualTo(list);
	}

	@Test
	void javaFormAdmitsNoClassOfAnotherLibrary() {
		byte[] foreign = JavaForm.write(com.fasterxml.jackson.annotation.JsonFormat.Value.forPattern("yyyy"));
		assertThat(SessionJson.read(foreign)).isNull();
		assertThat(SessionJson.read(JavaForm.write(SIGNED_IN))).isEqualTo(SIGNED_IN);
	}

}
