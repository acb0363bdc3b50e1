package com.clinicfaq.chatbot;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Refuses to start the ahead-of-time processed application ({@code -Dspring.aot.enabled=true}, as the Docker image
 * starts it) when a setting that only takes effect at build time is given at run time. Spring's ahead-of-time
 * processing fixes the application's beans when the jar is built: the active profiles, and every auto-configuration
 * condition on a property (SpringDoc's pages on or off, which actuator endpoints exist, a separate management port),
 * are then decided once, with the packaged {@code application.yml}. Such a setting given later, in the environment or
 * on the command line, would be silently ignored (for example {@code SPRINGDOC_API_DOCS_ENABLED=false} would leave the
 * API description open): the start fails instead and says how to apply it. The plain start ({@code java -jar}, the
 * README's command) evaluates everything at run time and is not checked.
 */
public final class AheadOfTimeSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/**
	 * Settings read by conditions that ahead-of-time processing evaluates at build time, as prefixes of their
	 * names in a relaxed form (lower case, without dots, dashes and underscores, so that environment variables such
	 * as {@code SPRINGDOC_API_DOCS_ENABLED} match as well as {@code springdoc.api-docs.enabled}).
	 */
	private static final List<String> BUILD_TIME_PREFIXES = List.of("springprofilesactive", "springprofilesinclude",
			"springprofilesgroup", "springdoc", "managementserverport", "managementendpointsweb",
			"managementendpointsaccess", "managementendpointsenabledbydefault", "managementendpointsjmx");

	/** Per-endpoint switches ({@code management.endpoint.<id>.enabled} / {@code .access}). */
	private static final String ENDPOINT = "managementendpoint";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		if (!AotDetector.useGeneratedArtifacts()) {
			return;
		}
		Set<String> given = buildTimeSettingsGivenAtRunTime(event.getEnvironment());
		if (!given.isEmpty()) {
			throw new IllegalStateException("This start uses the ahead-of-time processed application "
					+ "(-Dspring.aot.enabled=true), whose profiles and conditional features were fixed when the jar "
					+ "was built, so these settings would be ignored: " + String.join(", ", given) + ". Start "
					+ "without -Dspring.aot.enabled=true (docs/operations.md, \"Start-up\"), or put them in "
					+ "src/main/resources/application.yml and build the jar again.");
		}
	}

	/**
	 * The names of build-time settings that come from anywhere but the packaged configuration: environment
	 * variables, system properties, command-line arguments, configuration files outside the jar.
	 */
	static Set<String> buildTimeSettingsGivenAtRunTime(ConfigurableEnvironment environment) {
		Set<String> given = new TreeSet<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (!(source instanceof EnumerablePropertySource<?> enumerable) || packaged(source)) {
				continue;
			}
			for (String name : enumerable.getPropertyNames()) {
				if (buildTime(name)) {
					given.add(name);
				}
			}
		}
		return given;
	}

	static boolean buildTime(String name) {
		String relaxed = name.toLowerCase(Locale.ROOT).replaceAll("[._\\-\\[\\]]", "");
		if (BUILD_TIME_PREFIXES.stream().anyMatch(relaxed::startsWith)) {
			return true;
		}
		return relaxed.startsWith(ENDPOINT) && !relaxed.startsWith(ENDPOINT + "s")
				&& (relaxed.endsWith("enabled") || relaxed.endsWith("access"));
	}

	/** The application's own configuration inside the jar (or on the classpath): what the build saw. */
	private static boolean packaged(PropertySource<?> source) {
		String name = source.getName();
		return name.contains("class path resource") || name.contains("classpath:");
	}

}
