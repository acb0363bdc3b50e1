package com.clinicfaq.chatbot.staff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Runs just before HTTP Basic authentication on the staff paths: refuses, with 429 and {@code Retry-After}, a
 * sign-in for a user name or from an address that failed too often lately ({@link SignInProperties}); after the
 * attempt, counts a failure (a 401 to a request that carried credentials) and writes it to the audit log and the
 * application log. Failures are kept in size-bounded caches, so a flood of made-up names cannot grow memory.
 */
class SignInThrottle implements WebFilter {

	private static final Logger logger = LoggerFactory.getLogger(SignInThrottle.class);

	private static final int MAX_TRACKED = 100_000;

	private final SignInProperties properties;

	private final AuditLog audit;

	private final ObjectMapper json;

	private final Clock clock;

	private final Cache<String, Deque<Instant>> userFailures;

	private final Cache<String, Deque<Instant>> addressFailures;

	SignInThrottle(SignInProperties properties, AuditLog audit, ObjectMapper json, Clock clock) {
		this.properties = properties;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		Duration keep = properties.window().plus(properties.lockout());
		this.userFailures = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(keep).build();
		this.addressFailures = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(keep).build();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Optional<String> user = basicUser(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		if (user.isEmpty()) {
			return chain.filter(exchange);
		}
		String address = addressOf(exchange);
		Instant now = this.clock.instant();
		Optional<Duration> locked = lockedFor(this.userFailures, "user:" + user.get(),
				this.properties.maxFailuresPerUser(), now)
			.or(() -> lockedFor(this.addressFailures, address, this.properties.maxFailuresPerAddress(), now));
		if (locked.isPresent()) {
			return audit(user.get(), "sign_in_refused_locked", address).then(tooManyAttempts(exchange, locked.get()));
		}
		return chain.filter(exchange).then(Mono.defer(() -> {
			if (exchange.getResponse().getStatusCode() != HttpStatus.UNAUTHORIZED) {
				this.userFailures.invalidate("user:" + user.get());
				return Mono.empty();
			}
			fail(this.userFailures, "user:" + user.get(), now);
			fail(this.addressFailures, address, now);
			logger.warn("Staff sign-in failed for user '{}' from {}", printable(user.get()), address);
			return audit(user.get(), "sign_in_failed", address);
		}));
	}

	/**
	 * Locked when the failures within one window before the last failure reach the maximum, until the lockout after
	 * that last failure has passed.
	 */
	private Optional<Duration> lockedFor(Cache<String, Deque<Instant>> failures, String key, int max, Instant now) {
		Deque<Instant> times = failures.getIfPresent(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			Instant horizon = now.minus(this.properties.window()).minus(this.properties.lockout());
			while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
				times.removeFirst();
			}
			if (times.isEmpty()) {
				return Optional.empty();
			}
			Instant last = times.peekLast();
			Instant windowStart = last.minus(this.properties.window());
			long recent = times.stream().filter((time) -> !time.isBefore(windowStart)).count();
			Instant until = last.plus(this.properties.lockout());
			return (recent >= max && until.isAfter(now)) ? Optional.of(Duration.between(now, until))
					: Optional.empty();
		}
	}

	private void fail(Cache<String, Deque<Instant>> failures, String key, Instant now) {
		Deque<Instant> times = failures.get(key, (k) -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			while (times.size() > 1000) {
				times.removeFirst();
			}
		}
	}

	private Mono<Void> audit(String user, String action, String address) {
		return Mono.<Void>fromRunnable(() -> this.audit.record(printable(user), action, null, Map.of("address", address)))
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorResume((ex) -> {
				logger.error("Cannot write sign-in failure to the audit log", ex);
				return Mono.empty();
			});
	}

	private Mono<Void> tooManyAttempts(ServerWebExchange exchange, Duration wait) {
		long seconds = Math.max(1, wait.toSeconds());
		ServerHttpResponse response = exchange.getResponse();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many failed sign-ins; try again in " + seconds + " seconds.");
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return response.writeWith(Mono.fromCallable(() -> response.bufferFactory()
			.wrap(this.json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8))));
	}

	static Optional<String> basicUser(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return Optional.of((colon >= 0) ? decoded.substring(0, colon) : decoded);
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("");
		}
	}

	private static String addressOf(ServerWebExchange exchange) {
		var remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	/**
	 * A user name as typed by anyone: cut and stripped of control characters before it reaches a log.
	 */
	private static String printable(String user) {
		String clean = user.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > 64) ? clean.substring(0, 64) + "..." : clean;
	}

}
