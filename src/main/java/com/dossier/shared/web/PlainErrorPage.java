package com.dossier.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The error page for a request that the templates cannot render: its parameters or body
 * could not be read, so the usual page (which reads the language and the user from them)
 * is out of reach. Written by the filter that refused it.
 */
final class PlainErrorPage {

	private PlainErrorPage() {
	}

	static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		byte[] body = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status.value()
				+ "</title><link rel=\"stylesheet\" href=\"/css/dossier.css\"></head><body><main id=\"main\" class=\"narrow\">"
				+ "<h1>" + status.value() + "</h1><p class=\"message error\" id=\"error-message\">"
				+ HtmlUtils.htmlEscape(message) + "</p><p><a href=\"/\">返回首页 · Home</a></p></main></body></html>")
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status.value());
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
