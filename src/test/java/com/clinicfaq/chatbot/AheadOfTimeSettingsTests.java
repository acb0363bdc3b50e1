package com.clinicfaq.chatbot;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class AheadOfTimeSettingsTests {

	@Test
	void buildTimeSettingsFromTheEnvironmentAreFoundInEveryForm() {
		StandardEnvironment environment = withoutThisProcessSettings();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("systemEnvironment",
					Map.of("SPRINGDOC_API_DOCS_ENABLED", "false", "SPRING_PROFILES_ACTIVE", "bench",
							"CHATBOT_CLINIC_PHONE", "555", "PORT", "8080")));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("commandLineArgs", Map.of("management.endpoint.health.probes.enabled",
					"false", "management.endpoints.web.exposure.include", "*", "chatbot.staff.password", "x")));
		assertThat(AheadOfTimeSettings.buildTimeSettingsGivenAtRunTime(environment)).containsExactly(
				"SPRINGDOC_API_DOCS_ENABLED", "SPRING_PROFILES_ACTIVE", "management.endpoint.health.probes.enabled",
				"management.endpoints.web.exposure.include");
	}

	@Test
	void thePackagedConfigurationIsWhatTheBuildSawAndIsNotReported() {
		StandardEnvironment environment = withoutThisProcessSettings();
		environment.getPropertySources()
			.addLast(new MapPropertySource(
					"Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
					Map.of("management.endpoints.web.exposure.include", "health,info,prometheus")));
		assertThat(AheadOfTimeSettings.buildTimeSettingsGivenAtRunTime(environment)).isEmpty();
	}

	@Test
	void settingsReadAtRunTimeAreNotBuildTimeOnes() {
		assertThat(AheadOfTimeSettings.buildTime("management.endpoint.health.group.readiness.include")).isFalse();
		assertThat(AheadOfTimeSettings.buildTime("management.endpoint.health.show-details")).isFalse();
		assertThat(AheadOfTimeSettings.buildTime("chatbot.nlu.batch-encoder")).isFalse();
		assertThat(AheadOfTimeSettings.buildTime("server.port")).isFalse();
		assertThat(AheadOfTimeSettings.buildTime("management.endpoint.prometheus.access")).isTrue();
		assertThat(AheadOfTimeSettings.buildTime("springdoc.swagger-ui.enabled")).isTrue();
	}

	/** An environment without this JVM's own variables and system properties: only what a test adds. */
	private static StandardEnvironment withoutThisProcessSettings() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		return environment;
	}

}
