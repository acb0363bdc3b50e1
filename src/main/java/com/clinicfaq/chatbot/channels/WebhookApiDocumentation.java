package com.clinicfaq.chatbot.channels;

import java.util.List;
import java.util.Map;

import com.clinicfaq.chatbot.apidocs.ApiDocs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Describes the channel webhooks in the OpenAPI document (see docs/channels.md for the provider side).
 */
@Component
class WebhookApiDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		openApi.path("/webhooks/twilio", new PathItem().post(webhook("twilio", "Twilio SMS and WhatsApp message",
				"X-Twilio-Signature: Base64 HMAC-SHA1 of chatbot.channels.twilio.public-url followed by the sorted "
						+ "form parameters, keyed with the auth token. The reply is TwiML in the response.",
				"X-Twilio-Signature")
			.requestBody(body(MediaType.APPLICATION_FORM_URLENCODED_VALUE,
					"MessageSid=SM0001&From=%2B15551230001&To=%2B15550000000&Body=what+is+ketamine"))
			.responses(rejections(new ApiResponse().description("TwiML with the reply")
				.content(ApiDocs.content(MediaType.TEXT_XML_VALUE, new StringSchema(),
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>...</Message></Response>"))))));
		openApi.path("/webhooks/slack", new PathItem().post(webhook("slack", "Slack Events API event",
				"X-Slack-Signature: v0= hex HMAC-SHA256 of v0:{X-Slack-Request-Timestamp}:{raw body} with the signing "
						+ "secret; the timestamp must be within 5 minutes. url_verification is answered with its "
						+ "challenge; a message is acknowledged at once and answered in its thread with chat.postMessage.",
				"X-Slack-Signature")
			.addParametersItem(header("X-Slack-Request-Timestamp"))
			.requestBody(body(MediaType.APPLICATION_JSON_VALUE, Map.of("type", "event_callback", "event_id", "Ev01",
					"team_id", "T1", "event", Map.of("type", "message", "channel", "D01", "user", "U01", "text",
							"what is ketamine", "ts", "1700000000.000100"))))
			.responses(rejections(acknowledged()))));
		openApi.path("/webhooks/telegram", new PathItem().post(webhook("telegram", "Telegram update",
				"X-Telegram-Bot-Api-Secret-Token must equal chatbot.channels.telegram.secret-token. The reply is sent "
						+ "with sendMessage, suggestions as an inline keyboard.",
				"X-Telegram-Bot-Api-Secret-Token")
			.requestBody(body(MediaType.APPLICATION_JSON_VALUE, Map.of("update_id", 1, "message",
					Map.of("message_id", 1, "chat", Map.of("id", 777, "type", "private"), "text", "what is ketamine"))))
			.responses(rejections(acknowledged()))));
		openApi.path("/webhooks/meta", new PathItem()
			.get(new Operation().addTagsItem(ApiDocs.WEBHOOKS)
				.operationId("metaHandshake")
				.summary("Meta webhook subscription handshake")
				.parameters(List.of(query("hub.mode"), query("hub.verify_token"), query("hub.challenge")))
				.responses(new ApiResponses()
					.addApiResponse("200", new ApiResponse().description("The challenge, echoed")
						.content(ApiDocs.content(MediaType.TEXT_PLAIN_VALUE, new StringSchema(), "1158201444")))
					.addApiResponse("403", ApiDocs.problem("Forbidden",
							"The hub.verify_token header does not match the request."))
					.addApiResponse("404", channelOff())))
			.post(webhook("meta", "WhatsApp Cloud API or Messenger event",
					"X-Hub-Signature-256: sha256= hex HMAC-SHA256 of the raw body with the app secret. Replies go "
							+ "through the Graph API.",
					"X-Hub-Signature-256")
				.requestBody(body(MediaType.APPLICATION_JSON_VALUE, Map.of("object", "whatsapp_business_account")))
				.responses(rejections(acknowledged()))));
		openApi.path("/webhooks/chatwoot", new PathItem().post(webhook("chatwoot", "Chatwoot Agent Bot event",
				"The token from chatbot.channels.chatwoot.webhook-token, as ?token= in the URL or in the "
						+ "X-Chatwoot-Webhook-Token header. Pending conversations are answered; a handoff opens the "
						+ "conversation for people and the bot is silent until it is pending again.",
				"X-Chatwoot-Webhook-Token")
			.addParametersItem(query("token"))
			.requestBody(body(MediaType.APPLICATION_JSON_VALUE, Map.of("event", "message_created", "message_type",
					"incoming", "content", "what is ketamine", "conversation", Map.of("id", 42, "status", "pending"),
					"account", Map.of("id", 3))))
			.responses(rejections(acknowledged()))));
	}

	private static Operation webhook(String id, String summary, String description, String signatureHeader) {
		return new Operation().addTagsItem(ApiDocs.WEBHOOKS)
			.operationId(id + "Webhook")
			.summary(summary)
			.description(description)
			.addParametersItem(header(signatureHeader));
	}

	private static ApiResponses rejections(ApiResponse ok) {
		return new ApiResponses().addApiResponse("200", ok)
			.addApiResponse("400", ApiDocs.problem("Bad Request", "An incoming message needs From and MessageSid."))
			.addApiResponse("401", ApiDocs.problem("Unauthorized", "The X-Twilio-Signature header is missing."))
			.addApiResponse("403", ApiDocs.problem("Forbidden",
					"The X-Twilio-Signature header does not match the request."))
			.addApiResponse("404", channelOff())
			.addApiResponse("413", ApiDocs.problem("Payload Too Large",
					"The request body is larger than the limit of 65536 bytes."))
			.addApiResponse("503", ApiDocs.problem("Service Unavailable",
					"The message could not be processed now; please retry."));
	}

	private static ApiResponse channelOff() {
		return ApiDocs.problem("Not Found", "The Twilio channel is not configured.");
	}

	private static ApiResponse acknowledged() {
		return new ApiResponse().description("Acknowledged: the turn is recorded and the reply is sent through the "
				+ "provider's API");
	}

	private static RequestBody body(String mediaType, Object example) {
		return new RequestBody().required(true)
			.content(ApiDocs.content(mediaType, mediaType.startsWith("application/json") ? new ObjectSchema()
					: new StringSchema(), example));
	}

	private static Parameter header(String name) {
		return new Parameter().in("header").name(name).schema(new StringSchema());
	}

	private static Parameter query(String name) {
		return new Parameter().in("query").name(name).schema(new StringSchema());
	}

}
