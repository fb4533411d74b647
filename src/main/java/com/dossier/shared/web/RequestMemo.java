package com.dossier.shared.web;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers a value for the rest of the current HTTP request, so that a fact several
 * parts of one request ask for (the signed-in enterprise: the contact gate, the section
 * rules, the attachment names) is read once. Outside a request (startup, scheduled work)
 * nothing is remembered. Whoever changes the fact forgets it.
 */
public final class RequestMemo {

	private static final String PREFIX = RequestMemo.class.getName() + ".";

	private RequestMemo() {
	}

	@SuppressWarnings("unchecked")
	public static <T> T get(String key, Supplier<T> load) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return load.get();
		}
		Object known = request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
		if (known != null) {
			return (T) known;
		}
		T value = load.get();
		if (value != null) {
			request.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
		}
		return value;
	}

	public static void forget(String key) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
