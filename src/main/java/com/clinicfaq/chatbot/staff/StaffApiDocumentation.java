package com.clinicfaq.chatbot.staff;

import java.util.List;

import com.clinicfaq.chatbot.apidocs.ApiDocs;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Describes the staff API in the OpenAPI document: every route needs HTTP Basic sign-in.
 */
@Component
class StaffApiDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		ArraySchema turns = new ArraySchema().items(ApiDocs.schemaOf(openApi, TranscriptEntry.class));
		openApi.path("/api/v1/transcripts", new PathItem().get(staff("transcripts", "Search recorded turns",
				"Newest first, or urgent first with sort=urgent. Visitor text is stored with personal data redacted.")
			.parameters(List.of(query("route", "answer, clarify or handoff"),
					query("reason", "urgent, requested or unmatched"), query("intent", "an intent name"),
					query("from", "ISO date or instant"), query("to", "ISO date or instant"),
					query("q", "words in the visitor's text"), query("conversationId", "one conversation"),
					query("sort", "urgent: urgent turns first")))
			.responses(ok(turns))));
		openApi.path("/api/v1/transcripts/export", new PathItem().get(staff("exportTranscripts",
				"Export matching turns", "format=csv or jsonl; the same filters as /api/v1/transcripts.")
			.responses(ok(new StringSchema()))));
		openApi.path("/api/v1/conversations/{id}", new PathItem()
			.get(staff("conversation", "One conversation's turns", null).addParametersItem(path("id"))
				.responses(ok(new ObjectSchema())))
			.delete(staff("deleteConversation", "Delete a conversation from the transcripts and its staff alerts",
					"For a visitor's deletion request: its turns and its alerts (staff page and alert journal) go; "
							+ "the deletion is written to the audit log.")
				.addParametersItem(path("id"))
				.responses(ok(new ObjectSchema()))));
		openApi.path("/api/v1/insights", new PathItem().get(staff("insights",
				"What visitors ask, what is missed, what is urgent", null).responses(ok(new ObjectSchema()))));
		openApi.path("/api/v1/intents", new PathItem().get(staff("intents", "The intent catalog", null)
			.responses(ok(new ArraySchema().items(new ObjectSchema())))));
		openApi.path("/api/v1/intents/{name}/examples", new PathItem().post(staff("addExample",
				"Teach an intent a new phrasing", "Written to the intent file and the model is retrained in the "
						+ "background; chat keeps answering with the current model meanwhile.")
			.addParametersItem(path("name"))
			.requestBody(new RequestBody().required(true)
				.content(ApiDocs.content(MediaType.APPLICATION_JSON_VALUE, new ObjectSchema()
					.addProperty("text", new StringSchema()), java.util.Map.of("text", "is there parking"))))
			.responses(ok(new ObjectSchema()).addApiResponse("400",
					ApiDocs.problem("Bad Request", "The example must not be empty.")))));
		openApi.path("/api/v1/model", new PathItem().get(staff("model", "The current model's version and training",
				null).responses(ok(new ObjectSchema()))));
	}

	private static Operation staff(String id, String summary, String description) {
		return new Operation().addTagsItem(ApiDocs.STAFF)
			.operationId(id)
			.summary(summary)
			.description(description)
			.addSecurityItem(new SecurityRequirement().addList(ApiDocs.STAFF_SIGN_IN));
	}

	private static ApiResponses ok(io.swagger.v3.oas.models.media.Schema<?> schema) {
		return new ApiResponses()
			.addApiResponse("200", new ApiResponse().description("OK")
				.content(ApiDocs.content(MediaType.APPLICATION_JSON_VALUE, schema, null)))
			.addApiResponse("401", ApiDocs.problem("Unauthorized", "Staff sign-in required: send HTTP Basic credentials."))
			.addApiResponse("403", ApiDocs.problem("Forbidden", "This account may not use the staff features."));
	}

	private static Parameter query(String name, String description) {
		return new Parameter().in("query").name(name).description(description).schema(new StringSchema());
	}

	private static Parameter path(String name) {
		return new Parameter().in("path").name(name).required(true).schema(new StringSchema());
	}

}
