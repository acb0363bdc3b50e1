package com.clinicfaq.chatbot.alerts;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link WebhookSignature}.
 */
class WebhookSignatureTests {

	private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

	private final WebhookSignature signature = new WebhookSignature("test-secret");

	@Test
	void signWhenKnownInputGivesTheValueAnyHmacLibraryComputes() {
		// python3 -c "import hmac,hashlib; print(hmac.new(b'test-secret', b'1700000000.{\"a\":1}', hashlib.sha256).hexdigest())"
		assertThat(this.signature.sign(1_700_000_000L, BODY))
			.isEqualTo("sha256=8cb2c3355fca388e9ac2caec004f4d5d7045d74937ab5faad61dc11682247a9f");
	}

	@Test
	void verifyWhenBodyTimestampOrSecretChangedFails() {
		String header = this.signature.sign(1_700_000_000L, BODY);
		assertThat(this.signature.verify(header, 1_700_000_000L, BODY)).isTrue();
		assertThat(this.signature.verify(header, 1_700_000_001L, BODY)).isFalse();
		assertThat(this.signature.verify(header, 1_700_000_000L, "{\"a\":2}".getBytes(StandardCharsets.UTF_8)))
			.isFalse();
		assertThat(new WebhookSignature("other-secret").verify(header, 1_700_000_000L, BODY)).isFalse();
		assertThat(this.signature.verify(null, 1_700_000_000L, BODY)).isFalse();
	}

	@Test
	void constructorWhenSecretBlankRefuses() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSignature(" "));
	}

}
