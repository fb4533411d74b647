package com.dossier.attachment.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Blobs as files under a configured directory, fanned out as {@code ab/cd/abcd…} so that
 * no directory grows huge. A file is written to a temporary name and moved into place
 * atomically, so a reader never sees half a file and two writers of the same content both
 * succeed. Reads re-check the digest: a file changed on disk is an error, never served.
 */
class FileSystemBlobStore implements BlobStore {

	private final Path root;

	FileSystemBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.root);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the blob directory " + this.root, e);
		}
	}

	@Override
	public BlobId put(byte[] content) {
		BlobId id = BlobId.of(content);
		Path target = path(id);
		if (Files.exists(target)) {
			return id;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			try {
				Files.write(temp, content);
				move(temp, target);
			}
			finally {
				Files.deleteIfExists(temp);
			}
			return id;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store blob " + id, e);
		}
	}

	@Override
	public Optional<byte[]> get(BlobId id) {
		Path file = path(id);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			byte[] content = Files.readAllBytes(file);
			if (!BlobId.of(content).equals(id)) {
				throw new IllegalStateException("Blob " + id + " does not match its digest on disk");
			}
			return Optional.of(content);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read blob " + id, e);
		}
	}

	@Override
	public boolean contains(BlobId id) {
		return Files.exists(path(id));
	}

	@Override
	public void delete(BlobId id) {
		try {
			Files.deleteIfExists(path(id));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot delete blob " + id, e);
		}
	}

	/** Only ever built from a validated digest, so it cannot leave {@link #root}. */
	Path path(BlobId id) {
		String hex = id.sha256();
		return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException e) {
			// stored concurrently by another request: same content, nothing to do
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * The directory is there and writable (a shared volume that came unmounted is not).
	 */
	@Override
	public boolean reachable() {
		return Files.isDirectory(root) && Files.isWritable(root);
	}

}
