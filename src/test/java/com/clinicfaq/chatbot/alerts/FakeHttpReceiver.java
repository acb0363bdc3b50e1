package com.clinicfaq.chatbot.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A real local HTTP server standing in for a webhook receiver or Slack's incoming-webhook endpoint: it records every
 * request it gets and answers with the statuses it is told to (200 once they run out), or hangs until closed.
 */
public final class FakeHttpReceiver implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(8);

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Rule> rules = new ConcurrentLinkedQueue<>();

	private final CountDownLatch release = new CountDownLatch(1);

	/** A status that makes the receiver hang on that request until it is closed. */
	public static final int HANG = -1;

	private volatile boolean hang;

	private FakeHttpReceiver(HttpServer server) {
		this.server = server;
	}

	public static FakeHttpReceiver start() {
		try {
			FakeHttpReceiver receiver = new FakeHttpReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
			receiver.server.createContext("/", (exchange) -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
				exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
				Received request = new Received(Instant.now(), exchange.getRequestURI().getPath(), headers, body);
				receiver.received.add(request);
				Integer status = receiver.statusFor(request);
				if (receiver.hang || (status != null && status == HANG)) {
					try {
						receiver.release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				exchange.sendResponseHeaders((status != null && status > 0) ? status : 200, -1);
				exchange.close();
			});
			receiver.server.setExecutor(receiver.executor);
			receiver.server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	/**
	 * The next requests are answered with these statuses, in order.
	 */
	public FakeHttpReceiver respond(Integer... statuses) {
		this.statuses.addAll(java.util.List.of(statuses));
		return this;
	}

	/**
	 * The first request this predicate accepts gets this status, whatever other requests arrive before it; the
	 * predicate-free {@link #respond} queue serves the rest. Tests that share a receiver use this so a late request of
	 * another test cannot take their status.
	 */
	public FakeHttpReceiver respondWhen(java.util.function.Predicate<Received> wanted, int status) {
		this.rules.add(new Rule(wanted, status));
		return this;
	}

	private Integer statusFor(Received request) {
		for (Rule rule : this.rules) {
			if (rule.wanted().test(request) && this.rules.remove(rule)) {
				return rule.status();
			}
		}
		return this.statuses.poll();
	}

	private record Rule(java.util.function.Predicate<Received> wanted, int status) {
	}

	/**
	 * Requests from now on get no answer until the receiver is closed.
	 */
	public void hang() {
		this.hang = true;
	}

	/**
	 * The next request, waiting at most the timeout; {@code null} if none came.
	 */
	public Received next(Duration timeout) throws InterruptedException {
		return this.received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * The next request carrying this delivery id or text, skipping others; {@code null} if none came in time.
	 */
	public Received next(Duration timeout, java.util.function.Predicate<Received> wanted) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Received request = this.received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (request == null || wanted.test(request)) {
				return request;
			}
		}
	}

	public void clear() {
		this.received.clear();
		this.statuses.clear();
		this.rules.clear();
	}

	@Override
	public void close() {
		this.release.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/**
	 * One request as received.
	 */
	public record Received(Instant at, String path, Map<String, String> headers, byte[] body) {

		public String header(String name) {
			return this.headers.get(name);
		}

		public String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

}
