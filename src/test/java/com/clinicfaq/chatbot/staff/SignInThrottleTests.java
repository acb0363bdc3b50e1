package com.clinicfaq.chatbot.staff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SignInThrottle} in front of a stand-in for HTTP Basic (401 unless the password is "right"), and
 * for the stand-in user that makes unknown names cost a password check.
 */
class SignInThrottleTests {

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	@TempDir
	Path directory;

	private Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private final Clock clock = new Clock() {
		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return SignInThrottleTests.this.now;
		}
	};

	private WebTestClient client(AuditLog audit) {
		SignInThrottle throttle = new SignInThrottle(
				new SignInProperties(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)), audit, this.json,
				this.clock);
		return WebTestClient.bindToWebHandler((exchange) -> {
			String authorization = exchange.getRequest().getHeaders().getFirst("Authorization");
			boolean right = authorization != null && authorization.endsWith(
					java.util.Base64.getEncoder().encodeToString("staff:right".getBytes()));
			exchange.getResponse().setStatusCode(right ? HttpStatus.OK : HttpStatus.UNAUTHORIZED);
			return Mono.empty();
		}).webFilter(throttle).build();
	}

	private WebTestClient.ResponseSpec signIn(WebTestClient client, String user, String password) {
		return client.get().uri("/api/v1/transcripts").headers((h) -> h.setBasicAuth(user, password)).exchange();
	}

	@Test
	void userIsLockedOutAfterTooManyFailuresWithRetryAfterAndEveryFailureIsAudited() throws Exception {
		AuditLog audit = new AuditLog(this.directory.resolve("audit.jsonl"), this.json, this.clock);
		WebTestClient client = client(audit);
		for (int i = 0; i < 3; i++) {
			signIn(client, "staff", "wrong").expectStatus().isUnauthorized();
		}

		signIn(client, "staff", "right").expectStatus().isEqualTo(429)
			.expectHeader().valueEquals("Retry-After", "600");
		this.now = this.now.plus(Duration.ofMinutes(11));
		signIn(client, "staff", "right").expectStatus().isOk();

		List<String> lines = Files.readAllLines(audit.file());
		assertThat(lines).filteredOn((line) -> line.contains("\"sign_in_failed\"")).hasSize(3)
			.allSatisfy((line) -> assertThat(line).contains("\"user\":\"staff\"").contains("\"address\""));
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("sign_in_refused_locked"));
		assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(audit.file())))
			.isEqualTo("rw-------");
	}

	@Test
	void addressIsLockedOutWhenItTriesManyUserNames() {
		WebTestClient client = client(new AuditLog(this.directory.resolve("audit.jsonl"), this.json, this.clock));
		for (int i = 0; i < 5; i++) {
			signIn(client, "guess" + i, "wrong").expectStatus().isUnauthorized();
		}

		signIn(client, "staff", "right").expectStatus().isEqualTo(429);
	}

	@Test
	void successfulSignInClearsTheUsersFailures() {
		WebTestClient client = client(new AuditLog(this.directory.resolve("audit.jsonl"), this.json, this.clock));
		for (int i = 0; i < 2; i++) {
			signIn(client, "staff", "wrong").expectStatus().isUnauthorized();
		}
		signIn(client, "staff", "right").expectStatus().isOk();
		for (int i = 0; i < 2; i++) {
			signIn(client, "staff", "wrong").expectStatus().isUnauthorized();
		}

		signIn(client, "staff", "right").expectStatus().isOk();
	}

	@Test
	void unknownUserNameGetsAStandInWhosePasswordIsCheckedLikeAnyOther() {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		var users = StaffSecurityConfiguration.unknownUsersCostTheSame(new MapReactiveUserDetailsService(
				User.withUsername("staff").password(encoder.encode("right")).roles("STAFF").build()), encoder);

		StepVerifier.create(users.findByUsername("mallory"))
			.assertNext((user) -> {
				assertThat(user.getPassword()).startsWith("{bcrypt}");
				assertThat(encoder.matches("", user.getPassword())).isFalse();
				assertThat(user.getAuthorities()).isEmpty();
			})
			.verifyComplete();
	}

	@Test
	void usersHashedWhenFirstNeededAnswerALookUpMadeBeforeTheyAreReadyAndSurviveACancelledOne() {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		List<Runnable> pending = new ArrayList<>();
		var users = StaffSecurityConfiguration.hashedWhenFirstNeeded(() -> new MapReactiveUserDetailsService(
				User.withUsername("staff").password(encoder.encode("right")).roles("STAFF").build()), pending::add);
		assertThat(pending).as("nothing is hashed before a sign-in").isEmpty();
		StepVerifier.create(users.findByUsername("staff")).thenCancel().verify();
		var waiting = users.findByUsername("staff").toFuture();
		assertThat(waiting).isNotDone();
		assertThat(pending).as("hashed once, for the first look-up").hasSize(1);
		pending.forEach(Runnable::run);
		assertThat(encoder.matches("right", waiting.join().getPassword())).isTrue();
		StepVerifier.create(users.findByUsername("staff"))
			.assertNext((user) -> assertThat(user.getAuthorities()).extracting(Object::toString)
				.containsExactly("ROLE_STAFF"))
			.verifyComplete();
	}

}
