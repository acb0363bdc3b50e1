package com.clinicfaq.chatbot.channels;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes providers sign their webhooks with, and a comparison whose time does not depend on where two
 * values first differ (so a forger cannot find a valid signature byte by byte).
 */
public final class WebhookSignatures {

	private WebhookSignatures() {
	}

	public static byte[] hmacSha1(String key, byte[] data) {
		return hmac("HmacSHA1", key, data);
	}

	public static byte[] hmacSha256(String key, byte[] data) {
		return hmac("HmacSHA256", key, data);
	}

	/**
	 * Whether two strings are equal, compared in constant time for equal lengths; {@code null} never matches.
	 */
	public static boolean constantTimeEquals(String expected, String given) {
		if (expected == null || given == null) {
			return false;
		}
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(String algorithm, String key, byte[] data) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
			return mac.doFinal(data);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Cannot compute " + algorithm, ex);
		}
	}

}
