package com.clinicfaq.chatbot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.apidocs.ApiDocs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Describes the visitor API ({@code /api/v1/chat}, {@code /api/v1/parse}) and the widget script in the OpenAPI
 * document.
 */
@Component
class ChatApiDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		RequestBody message = new RequestBody().required(true)
			.content(ApiDocs.content(MediaType.APPLICATION_JSON_VALUE, ApiDocs.schemaOf(openApi, ChatMessageRequest.class),
					Map.of("text", "how long does an infusion take", "conversationId",
							"3f1c2a9e-0b7d-4c55-9a51-6f0d1e2b7c44")));
		openApi.path("/api/v1/chat", new PathItem().post(new Operation().addTagsItem(ApiDocs.VISITOR)
			.operationId("chat")
			.summary("Reply to a visitor's message")
			.description("Screens the message for urgency first, then answers from the curated intents, asks which "
					+ "of two questions was meant, or hands off to the clinic (always with crisis lines when urgent). "
					+ "Every reply carries the disclaimer. The turn is recorded before the reply is sent. Send the "
					+ "returned conversationId with the next message to continue the conversation.")
			.requestBody(message)
			.responses(errors(new ApiResponses().addApiResponse("200", new ApiResponse().description("The reply")
				.content(ApiDocs.content(MediaType.APPLICATION_JSON_VALUE,
						ApiDocs.schemaOf(openApi, ChatMessageResponse.class), chatExample()))))
				.addApiResponse("503", ApiDocs.problem("Service Unavailable",
						"The message could not be recorded; please try again in a moment.")))));
		openApi.path("/api/v1/parse", new PathItem().post(new Operation().addTagsItem(ApiDocs.VISITOR)
			.operationId("parse")
			.summary("Understand a message without replying or recording it")
			.requestBody(message)
			.responses(errors(new ApiResponses().addApiResponse("200", new ApiResponse()
				.description("The intent ranking and the routing decision")
				.content(ApiDocs.content(MediaType.APPLICATION_JSON_VALUE,
						ApiDocs.schemaOf(openApi, ParseResponse.class), null)))))));
		openApi.path("/widget.js", new PathItem().get(new Operation().addTagsItem(ApiDocs.VISITOR)
			.operationId("widget")
			.summary("The chat widget for a clinic's own web site")
			.description("Add <script src=\"https://<this service>/widget.js\" defer></script> to any page. The "
					+ "page's origin must be listed in chatbot.web.allowed-origins (CORS).")
			.responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("JavaScript")
				.content(ApiDocs.content("text/javascript", new StringSchema(), null))))));
	}

	private static ApiResponses errors(ApiResponses responses) {
		return responses
			.addApiResponse("400", ApiDocs.problem("Bad Request", "The field 'text' must not be empty."))
			.addApiResponse("413", ApiDocs.problem("Payload Too Large",
					"The request body is larger than the limit of 16384 bytes."))
			.addApiResponse("415", ApiDocs.problem("Unsupported Media Type",
					"Content-Type must be application/json, was text/plain."));
	}

	private static Map<String, Object> chatExample() {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("conversationId", "3f1c2a9e-0b7d-4c55-9a51-6f0d1e2b7c44");
		example.put("messageId", "9b2d8c1e-5a47-4f0e-8d3b-2c6e1f7a9d05");
		example.put("intent", Map.of("name", "session_length", "confidence", 0.91));
		example.put("ranking", List.of(Map.of("name", "session_length", "confidence", 0.91)));
		example.put("route", "answer");
		example.put("handoff", null);
		example.put("reply", Map.of("text", "(the clinic's curated answer about session length)", "disclaimer",
				"This is general information, not medical advice. Please talk to a licensed healthcare provider "
						+ "about your own situation.",
				"suggestions", List.of("What happens during a session?"), "crisisLines", List.of()));
		return example;
	}

}
