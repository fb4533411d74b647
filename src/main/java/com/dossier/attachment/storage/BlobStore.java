package com.dossier.attachment.storage;

import java.util.Optional;

/**
 * Content-addressed storage of attachment bytes. The database implementation is the
 * default (every node sees the same files, backups include them); the filesystem one
 * suits a shared volume ({@code dossier.storage.type=filesystem},
 * {@code dossier.storage.directory}). Storing is idempotent: the same content stored
 * twice, even concurrently, is kept once. Deleting is the caller's decision once no
 * attachment refers to the blob any more.
 */
public interface BlobStore {

	BlobId put(byte[] content);

	Optional<byte[]> get(BlobId id);

	boolean contains(BlobId id);

	void delete(BlobId id);

	/**
	 * Whether blobs can be read and written now (readiness, issue 21); throws or answers
	 * false when not.
	 */
	boolean reachable();

}
