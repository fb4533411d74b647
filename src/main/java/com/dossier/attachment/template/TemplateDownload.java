package com.dossier.attachment.template;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import com.dossier.handbook.HandbookService;
import com.dossier.handbook.SectionDefinition;
import com.dossier.shared.NotFoundException;
import com.dossier.shared.security.CurrentUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * 模板下载 of the sections whose definition offers one (the performance proofs of a foreign
 * service provider). It lives here, beside the generator, so that attachments depend on
 * the handbook and never the other way round.
 */
@Controller
@Secured("ROLE_ENTERPRISE")
class TemplateDownload {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final HandbookService handbook;

	private final ProofTemplateGenerator templates;

	TemplateDownload(HandbookService handbook, ProofTemplateGenerator templates) {
		this.handbook = handbook;
		this.templates = templates;
	}

	@GetMapping("/handbook/sections/{code}/template")
	ResponseEntity<byte[]> template(@PathVariable String code) {
		SectionDefinition section = handbook.section(CurrentUser.require().requireEnterpriseId(), code);
		ProofTemplate template = Arrays.stream(ProofTemplate.values())
			.filter(t -> section.templateKey() != null && t.section().equals(section.code()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("not_found"));
		Locale locale = LocaleContextHolder.getLocale();
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition(template.section() + ".docx", templates.fileName(template, locale)))
			.body(templates.docx(template, locale));
	}

	/**
	 * The Chinese title for browsers that read {@code filename*} (RFC 6266), and for the
	 * few that do not, the section code rather than the row of underscores a Chinese name
	 * becomes in ASCII.
	 */
	static String disposition(String asciiName, String name) {
		return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name, StandardCharsets.UTF_8);
	}

}
