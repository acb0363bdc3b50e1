package com.clinicfaq.chatbot.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Adds the browser-hardening headers to every response of the visitor page, its files and the API: a Content
 * Security Policy that allows only the page's own script, style and API (the page has no inline script), whose
 * {@code frame-ancestors} comes from configuration so a clinic's own site can embed the chat, plus
 * {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: no-referrer}. A header already set (the staff
 * pages' stricter policy from Spring Security) is left alone.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

	private final String contentSecurityPolicy;

	private final String frameOptions;

	SecurityHeadersFilter(SecurityHeadersProperties properties) {
		String ancestors = String.join(" ", properties.frameAncestors());
		this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
				+ ancestors;
		// the legacy header can only say "same origin" or "nowhere"; browsers that know CSP ignore it
		this.frameOptions = properties.frameAncestors().equals(List.of("'none'")) ? "DENY"
				: properties.frameAncestors().equals(List.of("'self'")) ? "SAMEORIGIN" : null;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.addIfAbsent("Content-Security-Policy", this.contentSecurityPolicy);
			headers.addIfAbsent("X-Content-Type-Options", "nosniff");
			headers.addIfAbsent("Referrer-Policy", "no-referrer");
			if (this.frameOptions != null) {
				headers.addIfAbsent("X-Frame-Options", this.frameOptions);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	/**
	 * After Spring Security's filter chain, so the staff chain's own headers are written first and kept.
	 */
	@Override
	public int getOrder() {
		return 0;
	}

}
