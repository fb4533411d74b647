package com.dossier.attachment.web;

import java.io.IOException;

import com.dossier.attachment.conversion.ConformedImage;
import com.dossier.attachment.conversion.ImageConformer;
import com.dossier.attachment.conversion.Paper;
import com.dossier.attachment.conversion.Size;
import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.inspection.WorkSlots;
import com.dossier.attachment.record.FileNames;
import com.dossier.shared.DossierException;
import com.dossier.shared.Sizes;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.annotation.Secured;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 图片自动调整 over HTTP: the converted JPEG comes back for the user to look at and accept;
 * nothing is stored. It leaves like any stored file ({@link ContentResponse}: nosniff,
 * no-script CSP, a cleaned {@code .jpg} name); its measurements travel in headers so that
 * a page can show them beside the preview. Conversions share {@link WorkSlots#CONVERSION}
 * with the record form's.
 */
@RestController
@Secured("ROLE_ENTERPRISE")
class ImageConformApi {

	private final ImageConformer conformer;

	ImageConformApi(ImageConformer conformer) {
		this.conformer = conformer;
	}

	@PostMapping(path = "/api/v1/images/conform", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<byte[]> conform(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "paper", required = false) Paper paper) throws IOException {
		if (file.getSize() > ImageConformer.MAX_SOURCE_BYTES) {
			throw new DossierException(HttpStatus.CONTENT_TOO_LARGE, OversizedUploads.CODE, Sizes.kb(file.getSize()),
					Sizes.kb(ImageConformer.MAX_SOURCE_BYTES));
		}
		byte[] source = file.getBytes();
		ConformedImage result = WorkSlots.CONVERSION.run(() -> conformer.conform(source, paper));
		ImageFacts facts = result.facts();
		String name = FileNames.forType(file.getOriginalFilename(), "image/jpeg", "image");
		return ContentResponse.headers("image/jpeg", name, true)
			.header("X-Image-Dpi", Integer.toString(facts.dpiX()))
			.header("X-Image-Pixels", facts.width() + "x" + facts.height())
			.header("X-Image-Size-Mm", facts.widthMm() + "x" + facts.heightMm())
			.header("X-Image-Quality", Integer.toString(result.quality()))
			.header("X-Image-Paper", result.paperUsed() == null ? "SOURCE" : result.paperUsed().name())
			.body(result.jpeg());
	}

}
