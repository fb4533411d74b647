package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;

import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import com.dossier.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The stored session is JSON; a session an earlier version stored in Java serialisation
 * is still read, and one that cannot be read signs its holder out instead of failing
 * (issue 20).
 */
@HttpTest
class SessionFormatTests {

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecurityContextIsStoredAsJsonWithoutThePasswordHash() {
		String username = data.operator().username();
		WebClient browser = new WebClient(port);
		browser.login(username, TestData.PASSWORD);
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);

		String stored = new String(contextBytes(username), StandardCharsets.UTF_8);
		assertThat(stored).startsWith("{\"kind\":\"context\"").contains("\"username\":\"" + username + "\"");
		assertThat(stored).doesNotContain("bcrypt", "$2a$", "password\"");
	}

	@Test
	void aJavaSerialisedSessionOfAnEarlierVersionIsStillRead() throws IOException {
		String username = data.operator().username();
		WebClient browser = signedIn(username);
		ByteArrayOutputStream old = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(old)) {
			out.writeObject(SessionJson.read(contextBytes(username))); // as an earlier
																		// version stored
																		// it
		}
		replaceContext(username, old.toByteArray());
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
	}

	@Test
	void anUnreadableSessionAsksForSignInAgainInsteadOfFailing() {
		String username = data.operator().username();
		WebClient browser = signedIn(username);
		replaceContext(username, new byte[] { (byte) 0xAC, (byte) 0xED, 0, 5, 's', 'r', 0, 9 });

		var api = browser.json("GET", "/api/v1/sections/equipment/records", null);
		assertThat(api.statusCode()).as(api.body()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.contains("problem+json"));
		var page = browser.get("/handbook");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(WebClient.location(page)).contains("/login");

		browser.login(username, TestData.PASSWORD);
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
	}

	private WebClient signedIn(String username) {
		WebClient browser = new WebClient(port);
		browser.login(username, TestData.PASSWORD);
		assertThat(browser.get("/handbook").statusCode()).isEqualTo(200);
		return browser;
	}

	private void replaceContext(String username, byte[] bytes) {
		assertThat(jdbc
			.sql("""
					update spring_session_attributes set attribute_bytes = ? where attribute_name = ? and session_primary_id =
					(select primary_id from spring_session where principal_name = ?)""")
			.params(bytes, CONTEXT, username)
			.update()).isEqualTo(1);
	}

	private byte[] contextBytes(String username) {
		return jdbc.sql("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = ? and a.attribute_name = ?""")
			.params(username, CONTEXT)
			.query(byte[].class)
			.single();
	}

}
