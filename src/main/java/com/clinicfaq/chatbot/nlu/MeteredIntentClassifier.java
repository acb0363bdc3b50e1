package com.clinicfaq.chatbot.nlu;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every classification the chat core asks for (cache hits included, since that is what a visitor waits for)
 * as {@code chatbot.classification}.
 */
public class MeteredIntentClassifier implements IntentClassifier {

	private final IntentClassifier delegate;

	private final Timer timer;

	public MeteredIntentClassifier(IntentClassifier delegate, MeterRegistry meters) {
		this.delegate = delegate;
		this.timer = Timer.builder("chatbot.classification")
			.description("Time to classify one message")
			.publishPercentileHistogram()
			.register(meters);
	}

	@Override
	public Prediction classify(String text) {
		long start = System.nanoTime();
		try {
			return this.delegate.classify(text);
		}
		finally {
			this.timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
	}

}
