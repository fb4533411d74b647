package com.dossier.attachment.ocr;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scan reader: Tesseract's command line, as configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OcrProperties.class)
class OcrConfiguration {

	@Bean
	OcrEngine ocrEngine(OcrProperties properties) {
		return new TesseractCli(properties.command(), properties.languages());
	}

}
