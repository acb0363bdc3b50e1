package com.clinicfaq.chatbot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.clinicfaq.chatbot.TestChatbot;
import com.clinicfaq.chatbot.chat.ChatRequest;
import com.clinicfaq.chatbot.chat.ChatService;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden conversations: every visitor message in {@code golden-conversations.json} is replayed through the real chat
 * core (the repository's catalog, the trained classifier, the default configuration) and its full JSON reply must
 * equal the recorded one. One dynamic test per message; the messages of a conversation run in order in one
 * conversation, so "did you mean ...?" followed by "yes" is replayed as the visitor sent it.
 * <p>
 * The {@code messageId} of a reply is random, so it is recorded as {@value #MESSAGE_ID}; every conversation has a
 * fixed {@code conversationId}. Nothing else is excluded.
 * <p>
 * A deliberate behaviour change shows up as a diff of this file, reviewed in the same commit. To regenerate it (and to
 * record the replies of newly added messages, written as {@code {"visitor": "..."}} without a reply), run
 * <pre>
 * mvn -B -q test -Dtest=GoldenConversationsTests -Dgolden.update=true
 * </pre>
 * and read {@code git diff} before committing.
 */
class GoldenConversationsTests {

	static final String FILE = "src/test/resources/com/clinicfaq/chatbot/web/golden-conversations.json";

	static final String MESSAGE_ID = "<random>";

	private static final boolean UPDATE = Boolean.getBoolean("golden.update");

	private static final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();

	private static ArrayNode golden;

	private final ChatService chat = TestChatbot.chatService();

	@TestFactory
	Stream<DynamicNode> everyVisitorMessageGetsItsRecordedReply() throws IOException {
		golden = (ArrayNode) json.readTree(Path.of(FILE).toFile());
		List<DynamicNode> conversations = new ArrayList<>();
		int messages = 0;
		for (JsonNode conversation : golden) {
			String id = conversation.get("conversationId").asText();
			List<DynamicTest> turns = new ArrayList<>();
			for (JsonNode turn : conversation.get("turns")) {
				String text = turn.get("visitor").asText();
				turns.add(DynamicTest.dynamicTest(text, () -> replay(id, (ObjectNode) turn)));
				messages++;
			}
			conversations.add(DynamicContainer.dynamicContainer(id, turns.stream()));
		}
		assertThat(messages).as("visitor messages in the golden file").isGreaterThanOrEqualTo(60);
		return conversations.stream();
	}

	private void replay(String conversationId, ObjectNode turn) throws IOException {
		ChatTurn reply = this.chat.reply(new ChatRequest(conversationId, "web", turn.get("visitor").asText()));
		ObjectNode actual = json.valueToTree(ChatMessageResponse.from(reply, TestChatbot.clinic()));
		assertThat(actual.get("messageId").asText()).isNotBlank();
		actual.put("messageId", MESSAGE_ID);
		if (UPDATE) {
			turn.set("reply", actual);
			return;
		}
		assertThat(turn.has("reply")).as("recorded reply (run with -Dgolden.update=true to record it)").isTrue();
		assertThat(pretty(actual)).isEqualTo(pretty(turn.get("reply")));
	}

	@AfterAll
	static void writeWhenUpdating() throws IOException {
		if (UPDATE && golden != null) {
			Files.writeString(Path.of(FILE), pretty(golden) + "\n", StandardCharsets.UTF_8);
		}
	}

	static String pretty(JsonNode node) throws IOException {
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
			.withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n"));
		return json.writer(printer).writeValueAsString(node);
	}

}
