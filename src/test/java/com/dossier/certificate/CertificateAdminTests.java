package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.support.TestData;
import com.dossier.support.TestData.Operator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's pages and API for an account's certificates; only administrators
 * reach them.
 */
class CertificateAdminTests extends CertificateLoginContext {

	static final RequestPostProcessor ADMIN = user("cert-admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	CertificateBindings bindings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bindListAndUnbindOnThePage() throws Exception {
		Operator operator = data.operator();
		long account = accountId(operator);
		String page = "/admin/accounts/" + account + "/certificates";
		Issued certificate = CA.issue("CN=页面绑定 " + operator.creditCode()).build();

		mvc.perform(multipart(page).file(file(certificate.pem())).with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashSuccess", "已绑定证书：页面绑定 " + operator.creditCode()));
		String list = mvc.perform(get(page).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(operator.username())
			.contains("页面绑定 " + operator.creditCode())
			.contains(operator.creditCode());

		long binding = bindings.list(account).get(0).id();
		mvc.perform(post(page + "/" + binding + "/delete").with(csrf()).with(ADMIN)).andExpect(redirectedUrl(page));
		assertThat(bindings.list(account)).isEmpty();
	}

	@Test
	void refusalIsShownOnThePage() throws Exception {
		Operator operator = data.operator();
		String page = "/admin/accounts/" + accountId(operator) + "/certificates";
		Issued other = CA.issue("CN=别家 " + TestData.creditCode()).build();

		mvc.perform(multipart(page).file(file(other.pem())).with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.startsWith("该证书属于统一社会信用代码为")));
		mvc.perform(multipart(page).file(file("junk")).with(csrf()).with(ADMIN))
			.andExpect(flash().attribute("flashError", "无法读取数字证书：证书格式不正确。"));
	}

	@Test
	void apiBindsListsAndUnbinds() throws Exception {
		Operator operator = data.operator();
		String base = "/api/v1/admin/accounts/" + accountId(operator) + "/certificates";
		Issued certificate = CA.issue("CN=接口绑定 " + operator.creditCode()).build();
		Instant now = Instant.now();
		Issued expired = CA.issue("CN=过期 " + operator.creditCode())
			.valid(now.minus(Duration.ofDays(5)), now.minusSeconds(5))
			.build();

		String created = mvc.perform(multipart(base).file(file(certificate.pem())).with(csrf()).with(ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("ENTERPRISE"))
			.andExpect(jsonPath("$.creditCode").value(operator.creditCode()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(get(base).with(ADMIN)).andExpect(jsonPath("$[0].holder").value("接口绑定 " + operator.creditCode()));
		mvc.perform(multipart(base).file(file(certificate.pem())).with(csrf()).with(ADMIN))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("certificate.already_bound"));
		mvc.perform(multipart(base).file(file(expired.pem())).with(csrf()).with(ADMIN))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("certificate.expired"));

		String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
		mvc.perform(delete(base + "/" + id).with(csrf()).with(ADMIN)).andExpect(status().isNoContent());
		mvc.perform(delete(base + "/" + id).with(csrf()).with(ADMIN)).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministrators() throws Exception {
		Operator operator = data.operator();
		String base = "/api/v1/admin/accounts/" + accountId(operator) + "/certificates";

		mvc.perform(get(base).with(user(operator.username()).roles("ENTERPRISE"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts/" + accountId(operator) + "/certificates").with(user("clerk").roles("CLERK")))
			.andExpect(status().isForbidden());
	}

	private static MockMultipartFile file(String content) {
		return new MockMultipartFile("file", "holder.cer", "application/x-x509-ca-cert",
				content.getBytes(StandardCharsets.US_ASCII));
	}

	private long accountId(Operator operator) {
		return jdbc.sql("select id from account where username = ?")
			.param(operator.username())
			.query(Long.class)
			.single();
	}

}
