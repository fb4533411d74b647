package com.dossier.attachment;

import javax.imageio.ImageIO;

import com.dossier.attachment.conversion.ImageConformer;
import com.dossier.attachment.image.ImageInspector;
import com.dossier.attachment.pdf.PdfInspector;
import com.dossier.attachment.template.ProofTemplateGenerator;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inspectors, the converter and the templates; the blob store is storage's
 * (StorageConfiguration).
 */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

	AttachmentConfiguration() {
		// ImageIO registers plugins (TwelveMonkeys' CMYK-capable JPEG reader) from the
		// class path it first saw;
		// in a packaged application that may not be ours, so register them again from the
		// application's.
		ImageIO.scanForPlugins();
	}

	@Bean
	ImageInspector imageInspector() {
		return new ImageInspector();
	}

	@Bean
	PdfInspector pdfInspector() {
		return new PdfInspector();
	}

	@Bean
	ImageConformer imageConformer() {
		return new ImageConformer();
	}

	@Bean
	ProofTemplateGenerator proofTemplateGenerator(MessageSource messages) {
		return new ProofTemplateGenerator(messages);
	}

}
