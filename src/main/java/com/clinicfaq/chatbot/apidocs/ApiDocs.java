package com.clinicfaq.chatbot.apidocs;

import java.lang.reflect.Type;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The pieces each edge uses to describe its routes in the OpenAPI document.
 */
public final class ApiDocs {

	public static final String VISITOR = "visitor";

	public static final String STAFF = "staff";

	public static final String WEBHOOKS = "webhooks";

	public static final String STAFF_SIGN_IN = "staffBasic";

	static final String PROBLEM_SCHEMA = "Problem";

	private ApiDocs() {
	}

	/**
	 * An error response: an RFC 9457 problem with an example detail.
	 */
	public static ApiResponse problem(String description, String exampleDetail) {
		Schema<?> problem = new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA);
		MediaType json = new MediaType().schema(problem)
			.example(Map.of("type", "about:blank", "title", description, "detail", exampleDetail));
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE, json));
	}

	/**
	 * A reference to the schema of a Java type, adding it (and the types it uses) to the document's components.
	 */
	public static Schema<?> schemaOf(OpenAPI openApi, Type type) {
		Map<String, Schema> schemas = ModelConverters.getInstance().readAll(type);
		schemas.forEach(openApi.getComponents()::addSchemas);
		String name = ModelConverters.getInstance().readAllAsResolvedSchema(type).schema.getName();
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

	/**
	 * A body of the given media type with a schema and an example.
	 */
	public static Content content(String mediaType, Schema<?> schema, Object example) {
		return new Content().addMediaType(mediaType, new MediaType().schema(schema).example(example));
	}

}
