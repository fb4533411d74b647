package com.dossier.account;

import java.util.Map;

import com.dossier.shared.security.BasicAuthentication;
import com.dossier.certificate.CertificateLoginException;
import com.dossier.shared.web.ApiProblems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may reach what. Pages are guarded by URL prefix per role; API controllers add
 * method security. Browsers keep one session (stored in the database) with CSRF
 * protection; HTTP Basic clients carry no session and no CSRF token. The CSRF token lives
 * in a cookie, so that anonymous visitors of the portal home (whose login box needs one)
 * do not each cost a session row in the database.
 * <p>
 * Method security names roles with {@code @Secured}: every check is a role, and
 * evaluating {@code @PreAuthorize("hasRole(…)")} as an expression on each call was 2.9%
 * of the list page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(securedEnabled = true, prePostEnabled = false)
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, RoleHomes homes, LoginFailureHandler loginFailure,
			ApiAuthenticationEntryPoint apiEntryPoint, ApiAccessDeniedHandler apiDenied, LogoutAudit logoutAudit,
			AuthenticationConfiguration authentication, LoginThrottle throttle,
			ObjectProvider<RequestMappingInfoHandlerMapping> mappings, ApiProblems problems) throws Exception {
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(r -> "GET".equals(r.getMethod()) && !API.matches(r));
		http.authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/", "/login", "/notices", "/notices/**", "/status", "/category/**", "/services/**",
					"/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/api/v1/public/**",
					"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
					"/api/v1/certificate", "/v3/api-docs", "/v3/api-docs/**", "/verify/**")
			.permitAll()
			.requestMatchers("/api/v1/admin/imports")
			.hasAnyRole("ADMIN", "IMPORTER")
			.requestMatchers("/admin/**", "/api/v1/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/clerk/**")
			.hasRole("CLERK")
			.requestMatchers("/review/**")
			.hasRole("REVIEWER")
			.requestMatchers("/handbook/**", "/contact", "/api/v1/enterprise/**")
			.hasRole("ENTERPRISE")
			.requestMatchers(new UnknownPaths(mappings))
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationManager(
					new ThrottledAuthenticationManager(authentication.getAuthenticationManager(), throttle))
			.formLogin(f -> f.loginPage("/login")
				.successHandler(homes)
				.failureHandler(loginFailure)
				.permitAll()
				.withObjectPostProcessor(relativeLoginRedirect()))
			.httpBasic(b -> b.realmName("Dossier").authenticationEntryPoint(apiEntryPoint))
			.logout(l -> l.logoutUrl("/logout")
				.addLogoutHandler(logoutAudit)
				.logoutSuccessUrl("/?logout")
				.deleteCookies("SESSION"))
			.requestCache(c -> c.requestCache(requestCache))
			.csrf(c -> c.csrfTokenRepository(csrfTokens())
				.csrfTokenRequestHandler(new CsrfTokenHandler())
				.ignoringRequestMatchers(BasicAuthentication::isUsedBy))
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(apiEntryPoint, API)
				.defaultAccessDeniedHandlerFor(apiDenied, API)
				// People get the HTML 403 page (the error controller), in the frame, with
				// their home: never JSON.
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(f -> f.sameOrigin())
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * The token's cookie is readable by our own scripts, so that an API client holding a
	 * browser session can send it back as {@code X-XSRF-TOKEN} (the README's advice;
	 * {@link CsrfTokenHandler} accepts the raw value in that header and the masked one in
	 * forms). Another site can neither read it nor make a browser send the header.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * The sign-in redirect is a path, not a URL built from the request's Host header:
	 * behind a proxy, or with a forged Host, an absolute URL would send the browser
	 * elsewhere ({@code Location: http://evil.example/login}).
	 */
	private static ObjectPostProcessor<LoginUrlAuthenticationEntryPoint> relativeLoginRedirect() {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
				entryPoint.setFavorRelativeUris(true);
				return entryPoint;
			}
		};
	}

	/**
	 * No observation wrappers around the filters, the authentications and the
	 * authorizations at all: turning their observations off by property still wrapped
	 * every filter of every request (issue 20's profile); nobody reads them.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BcryptLengthLimit(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		// A certificate refused at sign-in is a bad credential, published like a wrong
		// password.
		events.setAdditionalExceptionMappings(
				Map.of(CertificateLoginException.class, AuthenticationFailureBadCredentialsEvent.class));
		return events;
	}

}
