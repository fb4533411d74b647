package com.dossier.attachment.storage;

import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The blob store chosen by {@code dossier.storage.type}: the database (default) or a
 * directory.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

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
