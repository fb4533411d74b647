package com.dossier.shared.print;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.dossier.shared.AdministrationTime;
import com.dossier.shared.security.CurrentUser;
import com.dossier.shared.web.PageContext;
import com.dossier.shared.web.PortalTitle;
import com.dossier.shared.web.Reminders;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Every printed paper (原件校对申请表, 资质申请表, 诚信手册) is one JTE page in the layout
 * {@code print/paper.jte}: the browser shows that HTML and prints it, and {@link HtmlPdf}
 * makes the PDF from the very same HTML. A paper carries its anti-forgery QR code
 * ({@link #seal}), which opens {@code /verify/{token}} on this server.
 */
@Component
public class Papers {

	private final TemplateEngine templates;

	private final HtmlPdf pdf;

	private final PaperSeal seal;

	private final MessageSource messages;

	private final PortalTitle title;

	private final AdministrationTime time;

	private final String publicUrl;

	Papers(TemplateEngine templates, HtmlPdf pdf, PaperSeal seal, MessageSource messages, PortalTitle title,
			AdministrationTime time, @Value("${dossier.print.public-url:}") String publicUrl) {
		this.templates = templates;
		this.pdf = pdf;
		this.seal = seal;
		this.messages = messages;
		this.title = title;
		this.time = time;
		this.publicUrl = publicUrl;
	}

	/** What a paper's QR code says: the token, and where to have it checked. */
	public record Seal(String token, String url, String qrDataUri) {
	}

	public Seal seal(String number, String digest) {
		String token = seal.token(number, digest);
		String url = base() + "/verify/" + token;
		return new Seal(token, url, QrCodes.dataUri(url));
	}

	/** The paper's HTML in the request's language. */
	public String html(String template, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("ctx", context());
		// Templates carry their static parts as UTF-8 bytes, which this output copies.
		Utf8ByteOutput out = new Utf8ByteOutput();
		templates.render(template, all, out);
		return new String(out.toByteArray(), StandardCharsets.UTF_8);
	}

	public byte[] pdf(String template, Map<String, Object> params) {
		return pdf.render(html(template, params));
	}

	private PageContext context() {
		var locale = LocaleContextHolder.getLocale();
		return new PageContext(messages, locale, title.in(locale), CurrentUser.find().orElse(null), null, null, null,
				List.of(), null, null, time, Map.of(), Reminders.NONE);
	}

	/**
	 * The configured public address ({@code dossier.print.public-url}) when the server
	 * sits behind a proxy that rewrites it, else the address the request came to.
	 */
	private String base() {
		if (!publicUrl.isBlank()) {
			return publicUrl.replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
