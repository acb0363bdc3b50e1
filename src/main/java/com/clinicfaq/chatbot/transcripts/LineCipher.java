package com.clinicfaq.chatbot.transcripts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts transcript lines at rest with AES-256-GCM, one line at a time, so the files stay append-only and a torn
 * last line still costs only that line. An encrypted line reads {@code enc:v1:<key id>:<base64 of a 12-byte nonce,
 * the ciphertext and its tag>}; the key id (the first 8 hex digits of the key's SHA-256) tells which key to use, so
 * after a rotation lines written with earlier keys are still read. A line that does not start with {@code enc:} is
 * plain text from before encryption was turned on and is returned as it is.
 * <p>
 * Keys are 32 random bytes, base64-encoded, from the environment ({@code TRANSCRIPTS_ENCRYPTION_KEY}). Thread-safe.
 */
public final class LineCipher {

	static final String PREFIX = "enc:v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final byte[] ASSOCIATED_DATA = "clinicfaq transcript line".getBytes(StandardCharsets.UTF_8);

	private final SecureRandom random = new SecureRandom();

	private final String currentId;

	private final Map<String, SecretKey> keys;

	/**
	 * @param currentKey the key new lines are written with (base64 of 32 bytes)
	 * @param previousKeys keys of earlier rotations, still used to read old lines
	 */
	public LineCipher(String currentKey, List<String> previousKeys) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		SecretKey current = key(currentKey);
		this.currentId = idOf(current);
		keys.put(this.currentId, current);
		for (String previous : previousKeys) {
			SecretKey key = key(previous);
			keys.putIfAbsent(idOf(key), key);
		}
		this.keys = Map.copyOf(keys);
	}

	public String encrypt(String line) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(ASSOCIATED_DATA);
			byte[] sealed = cipher.doFinal(line.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + this.currentId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a transcript line", ex);
		}
	}

	/**
	 * The plain line, or {@code null} when it is encrypted with an unknown key or does not authenticate (damaged or
	 * tampered with).
	 */
	public String decrypt(String line) {
		if (!line.startsWith(PREFIX)) {
			return line;
		}
		int colon = line.indexOf(':', PREFIX.length());
		if (colon < 0) {
			return null;
		}
		SecretKey key = this.keys.get(line.substring(PREFIX.length(), colon));
		if (key == null) {
			return null;
		}
		try {
			byte[] in = Base64.getDecoder().decode(line.substring(colon + 1));
			if (in.length < NONCE_BYTES + TAG_BITS / 8) {
				return null;
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
			cipher.updateAAD(ASSOCIATED_DATA);
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static SecretKey key(String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("A transcript encryption key must be base64 (openssl rand -base64 32)");
		}
		if (bytes.length != 32) {
			throw new IllegalArgumentException(
					"A transcript encryption key must be 32 bytes (openssl rand -base64 32), was " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	private static String idOf(SecretKey key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
