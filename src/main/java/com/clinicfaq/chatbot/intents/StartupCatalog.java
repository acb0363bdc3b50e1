package com.clinicfaq.chatbot.intents;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The intent files as they are when the service starts, read once for the models built from them then (the intent
 * model on the main thread, the risk detector's catalog sentences on the detector's loading thread) instead of once
 * by each: the second parse of the YAML files cost a restart a few hundred milliseconds of CPU. The first caller
 * reads the files; a caller arriving meanwhile waits for that read and gets the same catalog (an unmodifiable value)
 * or the same error (a broken file, named with its line).
 * <p>
 * Not the catalog in use: staff edits go through {@code nlu.CurrentModel}, so once the application is ready this
 * forgets what it read, and a later call reads the files again.
 */
public final class StartupCatalog implements ApplicationListener<ApplicationReadyEvent> {

	private final Path directory;

	/** The read under way or done; {@code null} before the first call and after the application is ready. */
	private CompletableFuture<IntentCatalog> read;

	public StartupCatalog(Path directory) {
		this.directory = directory;
	}

	/** The catalog of the folder's files, read once until the application is ready. */
	public IntentCatalog get() {
		CompletableFuture<IntentCatalog> mine;
		boolean reader = false;
		synchronized (this) {
			if (this.read == null) {
				this.read = new CompletableFuture<>();
				reader = true;
			}
			mine = this.read;
		}
		if (reader) {
			try {
				mine.complete(IntentCatalog.load(this.directory));
			}
			catch (RuntimeException | Error ex) {
				mine.completeExceptionally(ex);
				throw ex;
			}
		}
		try {
			return mine.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		synchronized (this) {
			this.read = null;
		}
	}

}
