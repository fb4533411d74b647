package com.dossier.attachment.storage;

import java.nio.file.Path;
import javax.sql.DataSource;

import com.dossier.attachment.AttachmentMessagesTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dossier.storage.type} picks the store; a tiny context, not the shared
 * application one.
 */
class StorageConfigurationTests {

	@TempDir
	Path dir;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(StorageConfiguration.class)
		.withBean(MessageSource.class, AttachmentMessagesTests::messages)
		.withBean(java.time.Clock.class, java.time.Clock::systemUTC)
		.withBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:h2:mem:storage-config", "sa", ""));

	@Test
	void databaseByDefault() {
		runner.run(context -> assertThat(context.getBean(BlobStore.class)).isInstanceOf(DatabaseBlobStore.class));
	}

	@Test
	void filesystemInTheConfiguredDirectory() {
		runner.withPropertyValues("dossier.storage.type=filesystem", "dossier.storage.directory=" + dir)
			.run(context -> {
				BlobStore store = context.getBean(BlobStore.class);
				assertThat(store).isInstanceOf(FileSystemBlobStore.class);
				BlobId id = store.put(new byte[] { 4, 2 });
				assertThat(((FileSystemBlobStore) store).path(id)).startsWith(dir);
			});
	}

}
