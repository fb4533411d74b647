package com.dossier.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import com.dossier.account.AccountService;
import com.dossier.account.NewAccount;
import com.dossier.certificate.TestPki.Issued;
import com.dossier.certificate.binding.CertificateBindings;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;
import com.dossier.shared.security.EnterpriseRole;
import com.dossier.shared.security.Permission;
import com.dossier.shared.security.Role;
import com.dossier.support.TestData;
import com.dossier.support.TestData.Operator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 用户管理's 个人数字证书: a manager binds an operator's personal certificate to an account of
 * their own enterprise; an operator cannot, another enterprise's manager finds no such
 * account.
 */
class EnterpriseCertificatePagesTests extends CertificateLoginContext {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AccountService accounts;

	@Autowired
	CertificateBindings bindings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aManagerBindsAnOperatorsPersonalCertificate() throws Exception {
		Operator manager = data.operator();
		long operator = operatorOf(manager);
		String page = "/handbook/users/" + operator + "/certificates";
		Issued personal = CA.issue("CN=李小办,C=CN").build();

		mvc.perform(multipart(page).file(file(personal.pem())).with(csrf()).with(as(manager, Permission.all())))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashSuccess", "已绑定证书：李小办"));
		String list = mvc.perform(get(page).with(as(manager, Permission.all())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("李小办", "id=\"side-menu\"");
		long binding = bindings.list(operator).get(0).id();

		mvc.perform(get(page).with(as(manager, EnumSet.of(Permission.EDIT)))).andExpect(status().isForbidden());
		Operator other = data.operator();
		mvc.perform(get(page).with(as(other, Permission.all()))).andExpect(status().isNotFound());
		mvc.perform(post(page + "/" + binding + "/delete").with(csrf()).with(as(other, Permission.all())))
			.andExpect(status().isNotFound());
		assertThat(bindings.list(operator)).hasSize(1);

		mvc.perform(post(page + "/" + binding + "/delete").with(csrf()).with(as(manager, Permission.all())))
			.andExpect(redirectedUrl(page));
		assertThat(bindings.list(operator)).isEmpty();
	}

	private long operatorOf(Operator manager) {
		String username = "op-" + TestData.unique();
		return accounts.create(new NewAccount(username, "李小办", Role.ENTERPRISE, manager.creditCode(), TestData.PASSWORD,
				EnterpriseRole.OPERATOR, EnterpriseRole.OPERATOR.defaults()));
	}

	private RequestPostProcessor as(Operator operator, Set<Permission> permissions) {
		long id = jdbc.sql("select id from account where username = ?")
			.param(operator.username())
			.query(Long.class)
			.single();
		CurrentUser user = new CurrentUser(id, operator.username(), Role.ENTERPRISE, operator.enterpriseId(), null,
				EnterpriseRole.CERTIFICATE_ADMIN, permissions, false);
		return authentication(UsernamePasswordAuthenticationToken.authenticated((CurrentUserSource) () -> user, null,
				AuthorityUtils.createAuthorityList("ROLE_ENTERPRISE")));
	}

	private static MockMultipartFile file(String content) {
		return new MockMultipartFile("file", "holder.cer", "application/x-x509-ca-cert",
				content.getBytes(StandardCharsets.US_ASCII));
	}

}
