package com.clinicfaq.chatbot.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The frame of the OpenAPI document: what the service is, the three audiences as tags, the problem-details schema
 * every error uses, and the staff sign-in. The routes are functional, so each edge adds its own paths with an
 * {@code OpenApiCustomizer} instead of annotations on handlers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI chatbotOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Ketamine treatment FAQ chatbot")
				.version("v1")
				.description("Answers visitors' questions about ketamine treatment from curated answers, hands "
						+ "urgent messages and anything it cannot answer reliably to people, and records every "
						+ "turn. Every error is an RFC 9457 problem (application/problem+json).")
				.license(new License().name("Proprietary")))
			.addTagsItem(new Tag().name(ApiDocs.VISITOR).description("The chat API for visitors and the widget"))
			.addTagsItem(new Tag().name(ApiDocs.STAFF).description("Transcripts, insights and teaching, for clinic "
					+ "staff (HTTP Basic)"))
			.addTagsItem(new Tag().name(ApiDocs.WEBHOOKS).description("Messaging providers call these; each is off "
					+ "(404) until its secret is configured, and refuses unsigned requests (401) or wrongly signed "
					+ "or stale ones (403) before reading them"))
			.components(new Components().addSecuritySchemes(ApiDocs.STAFF_SIGN_IN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
	}

	/**
	 * The problem schema is added once the paths are built: springdoc drops schemas of the base document that none
	 * of its scanned operations use.
	 */
	@Bean
	OpenApiCustomizer problemSchema() {
		return (openApi) -> openApi.getComponents()
			.addSchemas(ApiDocs.PROBLEM_SCHEMA, new ObjectSchema().description("RFC 9457 problem details")
				.addProperty("type", new StringSchema().example("about:blank"))
				.addProperty("title", new StringSchema().example("Bad Request"))
				.addProperty("status", new IntegerSchema().example(400))
				.addProperty("detail", new StringSchema().example("The field 'text' must not be empty."))
				.addProperty("instance", new StringSchema().example("/api/v1/chat")));
	}

}
