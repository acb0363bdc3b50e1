package com.clinicfaq.chatbot.intents;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The catalog in use right now: the one loaded at start-up until staff add a training phrase, then the catalog with
 * that phrase. Readers always see one whole snapshot.
 */
public class CurrentCatalog implements Supplier<IntentCatalog> {

	private final AtomicReference<IntentCatalog> current;

	public CurrentCatalog(IntentCatalog initial) {
		this.current = new AtomicReference<>(initial);
	}

	@Override
	public IntentCatalog get() {
		return this.current.get();
	}

	public void set(IntentCatalog catalog) {
		this.current.set(catalog);
	}

}
