package com.clinicfaq.chatbot.alerts;

import java.util.List;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mails each alert over SMTP. {@link JavaMailSender} blocks, so the send runs on the given (bounded elastic)
 * scheduler, never on an event-loop or parallel thread.
 */
class EmailRoute implements AlertRoute {

	private final JavaMailSender sender;

	private final List<String> to;

	private final String from;

	private final Scheduler blocking;

	EmailRoute(JavaMailSender sender, List<String> to, String from, Scheduler blocking) {
		this.sender = sender;
		this.to = List.copyOf(to);
		this.from = from;
		this.blocking = blocking;
	}

	@Override
	public String name() {
		return "email";
	}

	@Override
	public Mono<Void> send(Alert alert) {
		return Mono.fromRunnable(() -> this.sender.send(message(alert))).subscribeOn(this.blocking).then();
	}

	@Override
	public boolean retryable(Throwable failure) {
		return !(failure instanceof MailParseException || failure instanceof MailAuthenticationException);
	}

	private SimpleMailMessage message(Alert alert) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(this.to.toArray(String[]::new));
		message.setSubject("Urgent chat (" + alert.kind() + "): conversation " + alert.conversationId());
		message.setText("A visitor's message was judged urgent (" + alert.kind() + ") and was answered with the "
				+ "crisis lines.\n\nTime: " + alert.time() + "\nChannel: " + alert.channel() + "\nConversation: "
				+ alert.conversationId() + "\n\nMessage (personal data removed):\n" + alert.text()
				+ "\n\nOpen the conversation: " + alert.link() + "\n\nPlease acknowledge it on the staff page once "
				+ "someone has called back or left a message.\n");
		return message;
	}

}
