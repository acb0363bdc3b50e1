package com.clinicfaq.chatbot.alerts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body: {@code sha256=} and the hex HMAC-SHA256, keyed with the shared secret, of the timestamp, a
 * dot and the raw body bytes. Signing the timestamp too means a captured request cannot be replayed later with a
 * fresh timestamp. Thread-safe: a new {@link Mac} per call.
 */
public final class WebhookSignature {

	public static final String SIGNATURE_HEADER = "X-Chatbot-Signature";

	public static final String TIMESTAMP_HEADER = "X-Chatbot-Timestamp";

	public static final String DELIVERY_HEADER = "X-Chatbot-Delivery";

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public WebhookSignature(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("A webhook signature needs a secret");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * The header value for this body sent at this time (seconds since the epoch).
	 */
	public String sign(long timestamp, byte[] body) {
		return "sha256=" + HexFormat.of().formatHex(mac(timestamp, body));
	}

	/**
	 * Whether the header value is this body's signature, compared in constant time.
	 */
	public boolean verify(String header, long timestamp, byte[] body) {
		if (header == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
				header.strip().getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] mac(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
