package com.clinicfaq.chatbot;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM flags of the Dockerfile that name the service's own code: a renamed class or method would leave them
 * matching nothing, silently (the JVM accepts a command for a class it never loads).
 */
class DockerfileFlagsTests {

	private static final Pattern COMPILE_COMMAND = Pattern
		.compile("-XX:CompileCommand=\\w+,(com\\.clinicfaq\\.[\\w.$]+)::([\\w*]+)");

	@Test
	void everyCompileCommandNamesAClassAndMethodOfTheService() throws IOException, ClassNotFoundException {
		String flags = Files.readAllLines(Path.of("Dockerfile"))
			.stream()
			.filter((line) -> line.startsWith("ENV JAVA_TOOL_OPTIONS="))
			.findFirst()
			.orElseThrow();
		Matcher command = COMPILE_COMMAND.matcher(flags);
		List<String> named = new ArrayList<>();
		while (command.find()) {
			Class<?> type = Class.forName(command.group(1), false, getClass().getClassLoader());
			String method = command.group(2);
			if (!method.equals("*")) {
				assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName)).as(command.group())
					.contains(method);
			}
			named.add(type.getName());
		}
		assertThat(named).contains("com.clinicfaq.chatbot.safety.VectorSimilarityPass");
	}

}
