package com.clinicfaq.chatbot.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.clinicfaq.chatbot.web.ProblemResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;

/**
 * Puts the staff page, the staff API and the Prometheus metrics behind HTTP Basic authentication; every other path
 * (the visitor page, the chat API, health) is left exactly as it was, outside this filter chain. The metrics name no
 * visitor, but they show traffic by intent and are not for the public: a scraper signs in like staff.
 * <p>
 * CSRF protection is off for this chain because nothing here uses a session or cookie: each request carries its
 * credentials. A browser does replay cached Basic credentials, so every state-changing route requires a request a
 * cross-site page cannot send without a CORS preflight (a JSON body or {@code DELETE}), and no CORS is allowed.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(StaffSecurityConfiguration.class);

	static final String REALM = "Clinic staff";

	static final ServerWebExchangeMatcher STAFF_PATHS = ServerWebExchangeMatchers.pathMatchers("/staff", "/staff/**",
			"/api/v1/transcripts", "/api/v1/transcripts/**", "/api/v1/conversations/**", "/api/v1/insights",
			"/api/v1/intents", "/api/v1/intents/**", "/api/v1/model", "/api/v1/alerts", "/api/v1/alerts/**",
			"/actuator/prometheus");

	/**
	 * The staff page loads only its own script and style files, so an injected inline script could not run even if
	 * some visitor text ever reached the page as HTML.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityWebFilterChain staffSecurityFilterChain(ServerHttpSecurity http, ObjectMapper json,
			SignInProperties signIn, AuditLog audit) {
		return http.securityMatcher(STAFF_PATHS)
			.addFilterBefore(new SignInThrottle(signIn, audit, json, Clock.systemUTC()),
					SecurityWebFiltersOrder.HTTP_BASIC)
			.authorizeExchange((exchanges) -> exchanges.anyExchange().hasRole("STAFF"))
			.httpBasic((basic) -> basic.authenticationEntryPoint((exchange, ex) -> problem(exchange, json,
					HttpStatus.UNAUTHORIZED, "Staff sign-in required: send HTTP Basic credentials.")))
			.exceptionHandling((handling) -> handling
				.authenticationEntryPoint((exchange, ex) -> problem(exchange, json, HttpStatus.UNAUTHORIZED,
						"Staff sign-in required: send HTTP Basic credentials."))
				.accessDeniedHandler((exchange, ex) -> problem(exchange, json, HttpStatus.FORBIDDEN,
						"This account may not use the staff features.")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.build();
	}

	/**
	 * The staff account. Its password and the stand-in's (below) are hashed with bcrypt, a third of a second of CPU
	 * that nothing in a visitor's answer needs: on a thread of its own when the first staff sign-in arrives, not while
	 * the application starts (where it competed with the start for the two cores).
	 */
	@Bean
	ReactiveUserDetailsService staffUsers(StaffProperties properties) {
		String password = properties.hasPassword() ? properties.password() : generatedPassword(properties.username());
		return hashedWhenFirstNeeded(() -> {
			PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
			MapReactiveUserDetailsService known = new MapReactiveUserDetailsService(
					User.withUsername(properties.username()).password(encoder.encode(password)).roles("STAFF").build());
			return unknownUsersCostTheSame(known, encoder);
		}, (task) -> {
			Thread thread = new Thread(task, "staff-password-hashing");
			thread.setDaemon(true);
			thread.start();
		});
	}

	/**
	 * The users {@code users} makes, made once on {@code executor} when the first look-up arrives: look-ups made
	 * before they are ready wait for them (and cancelling one does not cancel their making).
	 */
	static ReactiveUserDetailsService hashedWhenFirstNeeded(Supplier<ReactiveUserDetailsService> users,
			Executor executor) {
		AtomicReference<CompletableFuture<ReactiveUserDetailsService>> made = new AtomicReference<>();
		return (username) -> Mono.defer(() -> {
			CompletableFuture<ReactiveUserDetailsService> making = made.get();
			if (making == null) {
				CompletableFuture<ReactiveUserDetailsService> started = new CompletableFuture<>();
				if (made.compareAndSet(null, started)) {
					executor.execute(() -> {
						try {
							started.complete(users.get());
						}
						catch (RuntimeException | Error ex) {
							started.completeExceptionally(ex);
						}
					});
				}
				making = made.get();
			}
			return Mono.fromFuture(making, true);
		}).flatMap((ready) -> ready.findByUsername(username));
	}

	/**
	 * An unknown user name gets a user whose password is the hash of random bytes, so the password check runs (and
	 * fails) exactly as for a known name with a wrong password: the answer takes as long either way and cannot tell
	 * which names exist. The stand-in has no role.
	 */
	static ReactiveUserDetailsService unknownUsersCostTheSame(ReactiveUserDetailsService known,
			PasswordEncoder encoder) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String unguessable = encoder.encode(Base64.getEncoder().encodeToString(random));
		return (username) -> known.findByUsername(username)
			.switchIfEmpty(Mono.fromSupplier(() -> User.withUsername(username).password(unguessable)
				.authorities(List.of())
				.build()));
	}

	private static String generatedPassword(String username) {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		logger.warn("No staff password is configured (set STAFF_PASSWORD). Generated one for user '{}' for this run "
				+ "only: {}", username, password);
		return password;
	}

	private static Mono<Void> problem(ServerWebExchange exchange, ObjectMapper json, HttpStatus status,
			String detail) {
		if (status == HttpStatus.UNAUTHORIZED) {
			exchange.getResponse()
				.getHeaders()
				.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		}
		return ProblemResponses.write(exchange, json, ProblemDetail.forStatusAndDetail(status, detail));
	}

}
