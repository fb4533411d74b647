package com.dossier.enterprise;

import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Until the contact person is confirmed, an operator's pages lead only to the contact
 * page, as in the guide: every matter must have someone the administration can call.
 */
@Configuration(proxyBeanMethods = false)
class ContactGate implements WebMvcConfigurer, HandlerInterceptor {

	private final EnterpriseService enterprises;

	ContactGate(EnterpriseService enterprises) {
		this.enterprises = enterprises;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/handbook", "/handbook/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var user = CurrentUser.find().filter(u -> u.is(Role.ENTERPRISE));
		if (user.isPresent() && !enterprises.get(user.get().requireEnterpriseId()).hasContact()) {
			response.sendRedirect(request.getContextPath() + "/contact");
			return false;
		}
		return true;
	}

}
