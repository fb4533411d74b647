package com.dossier.attachment.web;

import com.dossier.attachment.pdf.PdfInspector;
import com.dossier.shared.DossierException;
import com.dossier.shared.Sizes;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The size an attachment upload may have before its bytes are read into memory. The
 * servlet container has already streamed the part to a temporary file under the global
 * multipart limit (sized for 图片自动调整's photos); attachments are far smaller, so anything
 * beyond the PDF limit is refused here from the part's size alone.
 */
final class UploadLimits {

	/**
	 * Twice the larger policy limit (PDF: under 1 MB), so that a file just over its limit
	 * still gets the inspector's refusal with the measured size; beyond this, 413 without
	 * reading the part.
	 */
	static final long MAX_ATTACHMENT = 2L * PdfInspector.MAX_BYTES;

	private UploadLimits() {
	}

	static void check(MultipartFile file) {
		if (file.getSize() > MAX_ATTACHMENT) {
			throw new DossierException(HttpStatus.CONTENT_TOO_LARGE, "attachment.too_large", Sizes.kb(file.getSize()),
					Sizes.kb(MAX_ATTACHMENT));
		}
		if (file.isEmpty()) {
			throw new DossierException(HttpStatus.UNPROCESSABLE_CONTENT, "attachment.empty");
		}
	}

}
