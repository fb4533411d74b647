package com.dossier.attachment;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.time.Clock;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The inspectors, the converter, the templates and the blob store chosen by {@code dossier.storage.type}. */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

	AttachmentConfiguration() {
		// ImageIO registers plugins (TwelveMonkeys' CMYK-capable JPEG reader) from the class path it first saw;
		// in a packaged application that may not be ours, so register them again from the application's.
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

	@Bean
	@ConditionalOnProperty(name = "dossier.storage.type", havingValue = "database", matchIfMissing = true)
	BlobStore databaseBlobStore(DataSource dataSource, Clock clock) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return new DatabaseBlobStore(JdbcClient.create(dataSource), "PostgreSQL".equalsIgnoreCase(product), clock);
	}

	@Bean
	@ConditionalOnProperty(name = "dossier.storage.type", havingValue = "filesystem")
	BlobStore fileSystemBlobStore(@Value("${dossier.storage.directory}") Path directory) {
		return new FileSystemBlobStore(directory);
	}
}
