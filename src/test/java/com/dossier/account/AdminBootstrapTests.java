package com.dossier.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dossier.shared.security.Role;
import com.dossier.support.AddressedClient;
import com.dossier.support.HttpTest;
import com.dossier.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first administrator of a production database, as if none existed yet (the test
 * database has demo-admin).
 */
@HttpTest
class AdminBootstrapTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountService service;

	@Autowired
	PasswordPolicy policy;

	@Autowired
	JdbcClient jdbc;

	private AdminBootstrap bootstrap(String username, String password) {
		AccountRepository noAdministratorYet = new AccountRepository(jdbc) {
			@Override
			boolean anyWithRole(Role role) {
				return false;
			}
		};
		return new AdminBootstrap(noAdministratorYet, service, policy, username, password);
	}

	@Test
	void theFirstAdministratorsPasswordMayBeSeventyTwoBytesAndSignsInWhole() {
		String username = "Boot-" + TestData.unique();
		String password = "管理员口令".repeat(4) + "Admin-Pass12"; // 20 × 3 + 12 bytes
		assertThat(PasswordPolicy.utf8Length(password)).isEqualTo(72);
		bootstrap(username, password).run(null);

		String address = AddressedClient.newAddress();
		assertThat(new AddressedClient(port, address).login(username.toUpperCase(), password).location())
			.isEqualTo("/admin");
		assertThat(new AddressedClient(port, address).login(username, password + "x").location())
			.isEqualTo("/login?error=bad");
	}

	@Test
	void aPasswordOverSeventyTwoBytesStopsTheStartWithTheReason() {
		String username = "boot-" + TestData.unique();
		assertThatThrownBy(() -> bootstrap(username, "管".repeat(25)).run(null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("password.too_long 72")
			.hasMessageContaining("72 bytes in UTF-8");
		assertThat(
				jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single())
			.isZero();
	}

}
