package com.dossier.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.dossier.shared.ConflictException;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.CurrentUserSource;
import com.dossier.shared.security.Role;
import com.dossier.support.PageSlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact form's controller alone: what it renders, refuses and saves, with the
 * service mocked.
 */
@PageSlice(ContactPages.class)
class ContactPagesSliceTests {

	private static final long ENTERPRISE = 7;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	EnterpriseService enterprises;

	private final Enterprise enterprise = new Enterprise(ENTERPRISE, "91310000MA1FL0001R", "上海示范建设工程有限公司",
			Enterprise.Region.LOCAL, false, "上海市浦东新区世纪大道 100 号", "王建国", new BigDecimal("5000"),
			LocalDate.of(2008, 3, 18), new Contact("李明", "021-60001234", "13912345678"), 3, Instant.now());

	private static RequestPostProcessor operator() {
		CurrentUser user = new CurrentUser(1, "slice-ent", Role.ENTERPRISE, ENTERPRISE);
		var signedIn = UsernamePasswordAuthenticationToken.authenticated((CurrentUserSource) () -> user, null,
				AuthorityUtils.createAuthorityList("ROLE_ENTERPRISE"));
		return request -> {
			// The slice has Spring Security's defaults, not our chain: the controller
			// reads who acts from the holder.
			SecurityContextHolder.getContext().setAuthentication(signedIn);
			return authentication(signedIn).postProcessRequest(request);
		};
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theFormShowsTheContactOnRecordWithItsVersion() throws Exception {
		given(enterprises.get(ENTERPRISE)).willReturn(enterprise);
		given(enterprises.contactHistory(ENTERPRISE)).willReturn(List.of());
		mvc.perform(get("/contact").with(operator()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"13912345678\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"version\" value=\"3\"")));
	}

	@Test
	void aBadMobileIsShownAtItsFieldAndNothingIsSaved() throws Exception {
		given(enterprises.get(ENTERPRISE)).willReturn(enterprise);
		mvc.perform(post("/contact").with(operator())
			.with(csrf())
			.param("name", "李明")
			.param("phone", "021-60001234")
			.param("mobile", "1391234")
			.param("version", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("请输入 11 位手机号码")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"1391234\"")));
		verify(enterprises, never()).changeContact(anyLong(), any(), any());
	}

	@Test
	void aGoodContactIsSavedAndTheOperatorGoesOnToTheHandbook() throws Exception {
		mvc.perform(post("/contact").with(operator())
			.with(csrf())
			.param("name", "李明")
			.param("phone", "021-60001234")
			.param("mobile", "13912345678")
			.param("version", "3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/handbook"))
			.andExpect(flash().attributeExists("flashSuccess"));
		verify(enterprises).changeContact(eq(ENTERPRISE), eq(3), eq(new Contact("李明", "021-60001234", "13912345678")));
	}

	@Test
	void aChangeMadeMeanwhileKeepsTheTypingAndSaysSo() throws Exception {
		given(enterprises.get(ENTERPRISE)).willReturn(enterprise);
		willThrow(new ConflictException("validation.version_conflict")).given(enterprises)
			.changeContact(eq(ENTERPRISE), eq(2), any());
		mvc.perform(post("/contact").with(operator())
			.with(csrf())
			.param("name", "王芳")
			.param("phone", "021-60001234")
			.param("mobile", "13912345678")
			.param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"王芳\"")));
	}

}
