package com.dossier.shared.print;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The anti-forgery code of a printed paper: its number, a dot, and an HMAC-SHA256 (key
 * {@code dossier.print.signing-key}) over the number and the paper's content digest, cut
 * to 128 bits so the QR code stays small. Only the server can make one; anyone can have
 * one checked at {@code /verify/{token}}. Production refuses to start without a key of at
 * least 32 characters; elsewhere a fixed development key signs (papers printed in a demo
 * are not genuine anywhere else).
 */
@Component
public class PaperSeal {

	static final String DEV_KEY = "dossier-development-paper-signing-key";

	private static final Pattern TOKEN = Pattern.compile("([A-Z]\\d{8,14})\\.([A-Za-z0-9_-]{22})");

	private static final int SIGNATURE_BYTES = 16;

	private final SecretKeySpec key;

	PaperSeal(@Value("${dossier.print.signing-key:}") String configured, Environment env) {
		boolean prod = env.acceptsProfiles(Profiles.of("prod"));
		if (prod && (configured == null || configured.length() < 32)) {
			throw new IllegalStateException(
					"Refusing to start in production: dossier.print.signing-key must be set (at least 32 characters)");
		}
		String secret = configured == null || configured.isBlank() ? DEV_KEY : configured;
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	public String token(String number, String digest) {
		return number + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(number, digest));
	}

	/** Whether {@code token} was made by this server for {@code digest}. */
	public boolean genuine(String token, String digest) {
		Matcher m = TOKEN.matcher(token);
		if (!m.matches()) {
			return false;
		}
		// compared as text: the last of 22 base64 characters carries 4 unused bits, so
		// decoding first would let an altered character pass
		byte[] expected = token(m.group(1), digest).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), expected);
	}

	/**
	 * The number a token names, if it is shaped like one: what a scanner types is a URL
	 * ({@code https://…/verify/W….xxxx}) or the bare token.
	 */
	public static Optional<String> numberOf(String scanned) {
		Matcher m = TOKEN.matcher(tokenOf(scanned));
		return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
	}

	/** The token part of what was scanned: the last path segment of a URL. */
	public static String tokenOf(String scanned) {
		String s = scanned == null ? "" : scanned.trim();
		int slash = s.lastIndexOf('/');
		return slash >= 0 ? s.substring(slash + 1) : s;
	}

	/** Whether a scanned text looks like a QR code's token rather than a plain number. */
	public static boolean looksLikeToken(String scanned) {
		return scanned != null && (scanned.contains("/verify/") || scanned.contains("."));
	}

	/** The SHA-256 (hex) of a paper's content, each part on its own line. */
	public static String digest(Iterable<String> parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				sha.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) '\n');
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private byte[] signature(String number, String digest) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			byte[] full = mac.doFinal((number + "\n" + digest).getBytes(StandardCharsets.UTF_8));
			return Arrays.copyOf(full, SIGNATURE_BYTES);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
