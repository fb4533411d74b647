package com.dossier.attachment.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A stored file's identity: the lowercase hex SHA-256 of its content. Nothing else ever
 * names a blob — not the uploader's file name, not a path — so the same content is stored
 * once and no name can reach outside the store.
 */
public record BlobId(String sha256) {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

	public BlobId {
		if (sha256 == null || !HEX_64.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 hex digest");
		}
	}

	public static BlobId of(byte[] content) {
		try {
			return new BlobId(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", e);
		}
	}

	@Override
	public String toString() {
		return sha256;
	}
}
