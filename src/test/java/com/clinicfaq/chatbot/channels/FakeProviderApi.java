package com.clinicfaq.chatbot.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a provider's API (Slack, Telegram, the Graph API, Chatwoot): it records every
 * request the service sends and answers 200 with a JSON body, or with statuses queued by a test.
 */
public final class FakeProviderApi implements AutoCloseable {

	private static final ObjectMapper json = new ObjectMapper();

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final Deque<Integer> statuses = new ArrayDeque<>();

	private final String okBody;

	/**
	 * One request as the provider received it.
	 */
	public record Received(String method, String path, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.map((e) -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public JsonNode json() {
			try {
				return FakeProviderApi.json.readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON: " + this.body, ex);
			}
		}

	}

	public FakeProviderApi(String okBody) {
		this.okBody = okBody;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Answers the next requests with these statuses (then 200 again).
	 */
	public synchronized void failNext(int... statuses) {
		for (int status : statuses) {
			this.statuses.add(status);
		}
	}

	/**
	 * The next request received, waiting up to ten seconds for it.
	 */
	public Received take() {
		try {
			Received next = this.received.poll(10, TimeUnit.SECONDS);
			if (next == null) {
				throw new AssertionError("The service sent nothing to the fake provider API");
			}
			return next;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * Whether anything more arrives within the given time (used only to show that nothing is sent).
	 */
	public Received poll(Duration wait) throws InterruptedException {
		return this.received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	public int pending() {
		return this.received.size();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String query = exchange.getRequestURI().getRawQuery();
			this.received.add(new Received(exchange.getRequestMethod(),
					exchange.getRequestURI().getPath() + ((query != null) ? "?" + query : ""),
					Map.copyOf(exchange.getRequestHeaders()), body));
		}
		int status = nextStatus();
		byte[] answer = ((status == 200) ? this.okBody : "{\"error\":\"fake failure\"}")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer);
		}
	}

	private synchronized int nextStatus() {
		Integer status = this.statuses.poll();
		return (status != null) ? status : 200;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
