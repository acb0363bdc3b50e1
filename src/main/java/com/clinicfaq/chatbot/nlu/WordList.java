package com.clinicfaq.chatbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A list of words shipped as a resource, one a line ({@code #} comments and blank lines skipped): the topic guard's
 * general English, other topics and medicines, which the classifier's {@link Spelling} reads too.
 */
public final class WordList {

	private WordList() {
	}

	/**
	 * The words of the resource, found as {@link Class#getResourceAsStream(String)} of the given class finds it.
	 * @throws IllegalStateException when the resource is missing
	 */
	public static Set<String> read(Class<?> owner, String resource) {
		Set<String> words = new HashSet<>();
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					words.add(line.strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
