package com.dossier.attachment.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemBlobStoreTests {

	@TempDir
	Path dir;

	@Test
	void storesContentUnderItsSha256Once() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(dir);
		byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

		BlobId first = store.put(abc);
		BlobId second = store.put(abc.clone());

		assertThat(first.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(second).isEqualTo(first);
		assertThat(store.get(first)).contains(abc);
		assertThat(store.contains(first)).isTrue();
		assertThat(store.path(first)).isEqualTo(dir.resolve("ba/78/" + first.sha256()));
		try (Stream<Path> files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
		}
	}

	@Test
	void answersEmptyForUnknownContentAndDeletes() {
		FileSystemBlobStore store = new FileSystemBlobStore(dir);
		BlobId id = store.put(new byte[] { 1, 2, 3 });

		store.delete(id);

		assertThat(store.get(id)).isEmpty();
		assertThat(store.contains(id)).isFalse();
		assertThat(store.get(BlobId.of(new byte[] { 9 }))).isEmpty();
	}

	@Test
	void neverServesAFileChangedOnDisk() throws IOException {
		FileSystemBlobStore store = new FileSystemBlobStore(dir);
		BlobId id = store.put(new byte[] { 1, 2, 3 });
		Files.write(store.path(id), new byte[] { 6, 6, 6 });

		assertThatThrownBy(() -> store.get(id)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void acceptsOnlyHexDigestsAsIds() {
		assertThatThrownBy(() -> new BlobId("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BlobId("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BlobId(null)).isInstanceOf(IllegalArgumentException.class);
	}

}
