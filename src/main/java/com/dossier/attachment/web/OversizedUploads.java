package com.dossier.attachment.web;

import com.dossier.attachment.conversion.ImageConformer;
import com.dossier.audit.AuditEvent;
import com.dossier.shared.Sizes;
import com.dossier.shared.web.UploadEndpoint;
import com.dossier.shared.web.UploadTooLarge;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The attachment uploads as the container's ceiling sees them (shared.web refuses what is
 * above it before reading the body): the same {@code attachment.too_large} and limit as a
 * file refused here, the record form to go back to, and the refusal audited like the
 * inspectors' refusals when the browser session tells who sent it.
 */
@Configuration(proxyBeanMethods = false)
class OversizedUploads {

	static final String CODE = "attachment.too_large";

	/**
	 * A scan for 图片自动调整 and its form fields: the part's limit plus room for the multipart
	 * envelope.
	 */
	static final long CONVERSION_CEILING = ImageConformer.MAX_SOURCE_BYTES + 64 * 1024;

	private final ApplicationEventPublisher events;

	OversizedUploads(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Bean
	UploadEndpoint attachmentApiUpload() {
		return new UploadEndpoint("/api/v1/records/{record}/attachments", CODE, UploadLimits.MAX_ATTACHMENT, null);
	}

	@Bean
	UploadEndpoint attachmentPageUpload() {
		return new UploadEndpoint("/handbook/records/{record}/attachments", CODE, AttachmentPages.MAX_PAGE_UPLOAD,
				"/handbook/records/{record}/edit", CONVERSION_CEILING);
	}

	@Bean
	UploadEndpoint imageConformUpload() {
		return new UploadEndpoint("/api/v1/images/conform", CODE, ImageConformer.MAX_SOURCE_BYTES, null,
				CONVERSION_CEILING);
	}

	@EventListener
	void refused(UploadTooLarge refused) {
		String record = refused.variables().get("record");
		if (!CODE.equals(refused.endpoint().code()) || record == null || !record.matches("\\d{1,18}")) {
			return;
		}
		String size = refused.size() < 0 ? "?" : Sizes.kb(refused.size());
		events.publishEvent(new AuditEvent("attachment.upload", AuditEvent.Outcome.FAILURE, "record:" + record,
				CODE + " " + size + " KB", refused.user().username(), refused.user().role().name(),
				refused.user().enterpriseId()));
	}

}
