package com.dossier.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 图片自动调整 over HTTP: the converted JPEG comes back for the user to look at and accept; nothing is stored. Its
 * measurements travel in headers so that a page can show them beside the preview. Conversions share
 * {@link WorkSlots#CONVERSION} with the record form's.
 */
@RestController
@PreAuthorize("hasRole('ENTERPRISE')")
class ImageConformController {

	private final ImageConformer conformer;

	ImageConformController(ImageConformer conformer) {
		this.conformer = conformer;
	}

	@PostMapping(path = "/api/v1/images/conform", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<byte[]> conform(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "paper", required = false) Paper paper) throws IOException {
		byte[] source = file.getBytes();
		ConformedImage result = WorkSlots.CONVERSION.run(() -> conformer.conform(source, paper));
		ImageFacts facts = result.facts();
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(jpegName(file.getOriginalFilename()), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Image-Dpi", Integer.toString(facts.dpiX()))
			.header("X-Image-Pixels", facts.width() + "x" + facts.height())
			.header("X-Image-Size-Mm", facts.widthMm() + "x" + facts.heightMm())
			.header("X-Image-Quality", Integer.toString(result.quality()))
			.header("X-Image-Paper", result.paperUsed() == null ? "SOURCE" : result.paperUsed().name())
			.body(result.jpeg());
	}

	/** The upload's base name with .jpg, stripped of any path and of characters a header should not carry. */
	static String jpegName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		name = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "image";
		}
		return (name.length() > 100 ? name.substring(0, 100) : name) + ".jpg";
	}
}
