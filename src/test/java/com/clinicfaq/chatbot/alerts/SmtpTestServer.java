package com.clinicfaq.chatbot.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tiny real SMTP server (RFC 5321's plain command set, no TLS or auth) on a local port: it accepts every message
 * and keeps its envelope and raw content, so a test can read what a real mail client sent.
 */
public final class SmtpTestServer implements AutoCloseable {

	private final ServerSocket socket;

	private final BlockingQueue<Mail> mails = new LinkedBlockingQueue<>();

	private final Thread acceptor;

	private SmtpTestServer(ServerSocket socket) {
		this.socket = socket;
		this.acceptor = new Thread(this::accept, "smtp-test-server");
		this.acceptor.setDaemon(true);
	}

	public static SmtpTestServer start() {
		try {
			SmtpTestServer server = new SmtpTestServer(new ServerSocket(0, 10, InetAddress.getLoopbackAddress()));
			server.acceptor.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.socket.getLocalPort();
	}

	public Mail next(Duration timeout) throws InterruptedException {
		return this.mails.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				Thread session = new Thread(() -> session(client), "smtp-test-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket client) {
		try (client;
				BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
				OutputStream out = client.getOutputStream()) {
			reply(out, "220 localhost test SMTP");
			String from = null;
			List<String> to = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 localhost");
				}
				else if (command.startsWith("MAIL FROM:")) {
					from = line.substring(10).trim();
					to.clear();
					reply(out, "250 OK");
				}
				else if (command.startsWith("RCPT TO:")) {
					to.add(line.substring(8).trim());
					reply(out, "250 OK");
				}
				else if (command.equals("DATA")) {
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
					StringBuilder data = new StringBuilder();
					while ((line = in.readLine()) != null && !line.equals(".")) {
						data.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
					}
					this.mails.add(new Mail(from, List.copyOf(to), data.toString()));
					reply(out, "250 OK queued");
				}
				else if (command.equals("QUIT")) {
					reply(out, "221 Bye");
					return;
				}
				else if (command.equals("RSET") || command.equals("NOOP")) {
					reply(out, "250 OK");
				}
				else {
					reply(out, "502 Command not implemented");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	/**
	 * One message as received: the envelope and the raw content (headers and body).
	 */
	public record Mail(String from, List<String> to, String content) {
	}

}
