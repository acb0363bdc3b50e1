package com.clinicfaq.chatbot.alerts;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.clinicfaq.chatbot.alerts.AlertStatus.Outcome;
import com.clinicfaq.chatbot.alerts.AlertStatus.State;
import com.clinicfaq.chatbot.alerts.FakeHttpReceiver.Received;
import com.clinicfaq.chatbot.chat.ChatTurn;
import com.clinicfaq.chatbot.transcripts.LineCipher;
import com.clinicfaq.chatbot.transcripts.PersonalDataRedactor;
import com.clinicfaq.chatbot.transcripts.TranscriptEntry;
import com.clinicfaq.chatbot.transcripts.TranscriptFiles;
import com.clinicfaq.chatbot.transcripts.TranscriptReader;
import com.clinicfaq.chatbot.transcripts.TranscriptsProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for alerts across a restart: each "run" is a journal, a board and a dispatcher on the same folder, wired as
 * {@code AlertsConfiguration} wires them (load, restore, resume), delivering to real local HTTP receivers. A crash is
 * a run that stops without delivering what it still owed.
 */
class AlertRestartTests {

	private static final Duration GENEROUS = Duration.ofSeconds(20);

	private static final String SECRET = "whsec-restart-5678";

	private static final URI STAFF = URI.create("https://clinic.example/staff/");

	private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final List<Run> runs = new ArrayList<>();

	private final List<FakeHttpReceiver> receivers = new ArrayList<>();

	@TempDir
	Path directory;

	@AfterEach
	void stopAll() {
		this.runs.forEach(Run::crash);
		this.receivers.forEach(FakeHttpReceiver::close);
	}

	@Test
	void restartResumesAWebhookDeliveryThatWasBeingRetriedAndDeliversItOnce() throws Exception {
		FakeHttpReceiver receiver = receiver().respond(503);
		// a long first backoff: the second attempt cannot happen before this run "crashes"
		Run first = start(null, webhook(receiver), policy(5, Duration.ofSeconds(60)));
		ChatTurn turn = AlertTurns.urgent("conv-resume", Instant.now());

		first.dispatcher.urgentTurn(turn);

		assertThat(receiver.next(GENEROUS)).as("first attempt").isNotNull();
		AlertStatus retrying = first.await(turn.messageId(), (status) -> status.deliveries().get(0).attempts() == 1);
		assertThat(retrying.deliveries().get(0).state()).isEqualTo(State.PENDING);
		assertThat(retrying.deliveries().get(0).error()).isEqualTo("HTTP 503");
		first.crash();

		Run second = start(null, webhook(receiver), policy(5, Duration.ofMillis(50)));

		assertThat(second.board.find(turn.messageId())).as("the alert is back on the board").isPresent();
		Received request = receiver.next(GENEROUS);
		assertThat(request).as("the resumed attempt").isNotNull();
		assertThat(request.header(WebhookSignature.DELIVERY_HEADER)).isEqualTo(turn.messageId());
		long timestamp = Long.parseLong(request.header(WebhookSignature.TIMESTAMP_HEADER));
		assertThat(new WebhookSignature(SECRET).verify(request.header(WebhookSignature.SIGNATURE_HEADER), timestamp,
				request.body()))
			.isTrue();
		assertThat(request.text()).contains("[PHONE]").doesNotContain("415-555-0134", "jane.doe", "Jane", "Doe");
		AlertStatus delivered = second.await(turn.messageId(),
				(status) -> status.deliveries().get(0).state() == State.DELIVERED);
		assertThat(delivered.deliveries().get(0).attempts()).as("counted on from the first run").isEqualTo(2);
		second.crash();

		Run third = start(null, webhook(receiver), policy(5, Duration.ofMillis(50)));
		assertThat(third.board.find(turn.messageId()).orElseThrow().deliveries().get(0).state())
			.isEqualTo(State.DELIVERED);
		assertThat(receiver.next(Duration.ofMillis(500))).as("a delivered alert is not sent again").isNull();
	}

	@Test
	void anUrgentTurnWhoseAlertNeverReachedTheJournalIsRaisedAndSentAtTheNextStartOnce() throws Exception {
		FakeHttpReceiver receiver = receiver().respond(200);
		// the crash this covers: the urgent turn's transcript line is on disk (the reply waited for it), but the
		// process died before the alert journal wrote its own line; an older urgent turn is past resendMaxAge
		Path transcripts = Files.createDirectories(this.directory.resolve("transcripts"));
		ChatTurn lost = AlertTurns.urgent("conv-lost", Instant.now().minusSeconds(30));
		ChatTurn stale = AlertTurns.urgent("conv-stale", Instant.now().minus(Duration.ofHours(30)));
		ChatTurn ordinary = new ChatTurn("conv-calm", "calm-1", Instant.now(), "web", "how long is a session?",
				null, List.of(), com.clinicfaq.chatbot.intents.Route.ANSWER, null,
				com.clinicfaq.chatbot.safety.SafetyVerdict.SAFE, lost.answer());
		try (TranscriptFiles files = new TranscriptFiles(transcripts, false, this.json)) {
			for (ChatTurn turn : List.of(stale, lost, ordinary)) {
				files.append(TranscriptEntry.of(turn, new PersonalDataRedactor()));
			}
		}
		TranscriptsProperties properties = new TranscriptsProperties(transcripts, false, 90, null, null, null, 1024);
		AlertDispatcher.Policy policy = policy(5, Duration.ofMillis(50));

		Run first = start(null, webhook(receiver), policy);
		int raised = AlertsConfiguration.recoverUnjournaled(first.dispatcher,
				new AlertsConfiguration.RestoredAlerts(first.loaded.alerts()), properties, new TranscriptReader(this.json),
				policy, Instant.now());

		assertThat(raised).as("only the recent urgent turn").isEqualTo(1);
		Received request = receiver.next(GENEROUS);
		assertThat(request).as("the recovered alert").isNotNull();
		assertThat(request.header(WebhookSignature.DELIVERY_HEADER)).isEqualTo(lost.messageId());
		assertThat(request.text()).contains("conv-lost", "[PHONE]").doesNotContain("415-555-0134", "jane.doe");
		assertThat(first.board.find(stale.messageId())).as("past resendMaxAge: left in the transcript").isEmpty();
		assertThat(first.board.find(ordinary.messageId())).isEmpty();
		first.await(lost.messageId(), (status) -> status.deliveries().get(0).state() == State.DELIVERED);
		first.crash();

		Run second = start(null, webhook(receiver), policy);
		int again = AlertsConfiguration.recoverUnjournaled(second.dispatcher,
				new AlertsConfiguration.RestoredAlerts(second.loaded.alerts()), properties,
				new TranscriptReader(this.json), policy, Instant.now());

		assertThat(again).as("journaled now: not raised twice").isZero();
		assertThat(second.board.find(lost.messageId()).orElseThrow().alert().kind()).isEqualTo("crisis");
		assertThat(receiver.next(Duration.ofMillis(500))).as("not sent twice").isNull();
	}

	@Test
	void resumedDeliveryWaitsWhatIsLeftOfItsBackoff() throws Exception {
		FakeHttpReceiver receiver = receiver().respond(500);
		Run first = start(null, webhook(receiver), policy(5, Duration.ofSeconds(60)));
		ChatTurn turn = AlertTurns.urgent("conv-backoff", Instant.now());
		first.dispatcher.urgentTurn(turn);
		Instant failed = first.await(turn.messageId(), (status) -> status.deliveries().get(0).attempts() == 1)
			.deliveries()
			.get(0)
			.time();
		first.crash();

		start(null, webhook(receiver), policy(5, Duration.ofSeconds(2)));

		assertThat(receiver.next(GENEROUS)).as("first attempt").isNotNull();
		Received resumed = receiver.next(GENEROUS);
		assertThat(resumed).isNotNull();
		// a lower bound only: a busy machine can make it later, never earlier
		assertThat(resumed.at()).isAfterOrEqualTo(failed.plus(Duration.ofSeconds(2)));
	}

	@Test
	void restartSendsAnAlertThatNoAttemptHadReachedYet() throws Exception {
		FakeHttpReceiver hanging = receiver();
		hanging.hang();
		Run first = start(null, webhook(hanging), policy(3, Duration.ofMinutes(5)));
		ChatTurn turn = AlertTurns.urgent("conv-hung", Instant.now().minus(Duration.ofHours(3)));
		first.dispatcher.urgentTurn(turn);
		assertThat(hanging.next(GENEROUS)).isNotNull();
		first.crash();

		FakeHttpReceiver receiver = receiver();
		Run second = start(null, webhook(receiver), policy(3, Duration.ofSeconds(5)));

		Received request = receiver.next(GENEROUS);
		assertThat(request).isNotNull();
		assertThat(request.header(WebhookSignature.DELIVERY_HEADER)).isEqualTo(turn.messageId());
		second.await(turn.messageId(), (status) -> status.deliveries().get(0).state() == State.DELIVERED);
	}

	@Test
	void stopCutsDeliveriesShortWithoutFailingThemAndTheNextStartSendsThem() throws Exception {
		FakeHttpReceiver hanging = receiver();
		hanging.hang();
		Run first = start(null, webhook(hanging), policy(3, Duration.ofMillis(50)));
		ChatTurn inFlight = AlertTurns.urgent("conv-in-flight", Instant.now());
		first.dispatcher.urgentTurn(inFlight);
		assertThat(hanging.next(GENEROUS)).isNotNull();

		first.dispatcher.stop();
		ChatTurn duringShutdown = AlertTurns.urgent("conv-during-shutdown", Instant.now());
		first.dispatcher.urgentTurn(duringShutdown);
		hanging.close();

		assertThat(first.board.recent()).allSatisfy((status) -> assertThat(status.deliveries().get(0).state())
			.as("pending, not failed by the shutdown")
			.isEqualTo(State.PENDING));
		first.crash();
		FakeHttpReceiver receiver = receiver();
		Run second = start(null, webhook(receiver), policy(3, Duration.ofMillis(50)));
		for (ChatTurn turn : List.of(inFlight, duringShutdown)) {
			AlertStatus status = second.await(turn.messageId(),
					(s) -> s.deliveries().get(0).state() == State.DELIVERED);
			assertThat(status.deliveries().get(0).attempts()).isEqualTo(1);
		}
	}

	@Test
	void restartGivesUpDeliveriesOlderThanTheResendLimitButKeepsTheAlertOnTheBoard() throws Exception {
		FakeHttpReceiver hanging = receiver();
		hanging.hang();
		Run first = start(null, webhook(hanging), policy(3, Duration.ofMinutes(5)));
		ChatTurn turn = AlertTurns.urgent("conv-stale", Instant.now().minus(Duration.ofHours(30)));
		first.dispatcher.urgentTurn(turn);
		assertThat(hanging.next(GENEROUS)).isNotNull();
		first.crash();

		FakeHttpReceiver receiver = receiver();
		Run second = start(null, webhook(receiver), policy(3, Duration.ofSeconds(5)));

		AlertStatus status = second.board.find(turn.messageId()).orElseThrow();
		assertThat(status.acknowledgement()).isNull();
		assertThat(status.deliveries().get(0).state()).isEqualTo(State.FAILED);
		assertThat(status.deliveries().get(0).error()).isEqualTo("not resent after a restart: older than 24h");
		assertThat(receiver.next(Duration.ofMillis(500))).isNull();
		second.crash();
		assertThat(start(null, webhook(receiver), policy(3, Duration.ofSeconds(5))).board.find(turn.messageId())
			.orElseThrow()
			.deliveries()
			.get(0)
			.state())
			.as("the decision is journaled too")
			.isEqualTo(State.FAILED);
	}

	@Test
	void restartBringsBackAlertsNobodyAcknowledgedAndKeepsTheAcknowledgements() {
		Run first = start(null, List.of(), policy(3, Duration.ofSeconds(5)));
		ChatTurn open = AlertTurns.urgent("conv-open", Instant.now());
		ChatTurn followedUp = AlertTurns.urgent("conv-done", Instant.now());
		first.dispatcher.urgentTurn(open);
		first.dispatcher.urgentTurn(followedUp);
		first.board.acknowledge(followedUp.messageId(), "nurse.kim", Outcome.LEFT_MESSAGE, "voicemail at 9:10");
		assertThat(first.board.awaitRecorded(GENEROUS)).isTrue();
		first.crash();

		Run second = start(null, List.of(), policy(3, Duration.ofSeconds(5)));

		assertThat(second.board.recent()).extracting((status) -> status.alert().conversationId())
			.containsExactly("conv-done", "conv-open");
		assertThat(second.board.find(open.messageId()).orElseThrow().acknowledgement()).isNull();
		AlertStatus.Acknowledgement acknowledgement = second.board.find(followedUp.messageId())
			.orElseThrow()
			.acknowledgement();
		assertThat(acknowledgement.user()).isEqualTo("nurse.kim");
		assertThat(acknowledgement.outcome()).isEqualTo(Outcome.LEFT_MESSAGE);
		assertThat(acknowledgement.note()).isEqualTo("voicemail at 9:10");
		assertThat(second.board.find(open.messageId()).orElseThrow().alert().text()).contains("[NAME]", "[PHONE]");
		assertThat(second.board.acknowledge(open.messageId(), "dr.lee", Outcome.CALLED_BACK, null)).isPresent();
	}

	@Test
	void boardWhenFullLetsAcknowledgedAlertsGoBeforeOpenOnes() {
		AlertBoard board = new AlertBoard(List.of(), 2, Clock.systemUTC());
		AlertDispatcher dispatcher = new AlertDispatcher(List.of(), board, new PersonalDataRedactor(), STAFF,
				policy(1, Duration.ofSeconds(1)));
		ChatTurn oldOpen = AlertTurns.urgent("conv-1");
		ChatTurn done = AlertTurns.urgent("conv-2");
		dispatcher.urgentTurn(oldOpen);
		dispatcher.urgentTurn(done);
		board.acknowledge(done.messageId(), "staff", Outcome.CALLED_BACK, null);

		dispatcher.urgentTurn(AlertTurns.urgent("conv-3"));

		assertThat(board.recent()).extracting((status) -> status.alert().conversationId())
			.containsExactly("conv-3", "conv-1");
	}

	@Test
	void journalHoldsNoRawPhoneNumberEmailOrName() throws Exception {
		FakeHttpReceiver receiver = receiver();
		Run run = start(null, webhook(receiver), policy(3, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-private", Instant.now());
		run.dispatcher.urgentTurn(turn);
		run.await(turn.messageId(), (status) -> status.deliveries().get(0).state() == State.DELIVERED);
		assertThat(run.board.awaitRecorded(GENEROUS)).isTrue();

		String stored = journalText();

		assertThat(stored).contains("\"raised\"", "\"delivered\"", "conv-private", "[NAME]", "[PHONE]", "[EMAIL]",
				"saving my pills");
		assertThat(stored).doesNotContain("415-555-0134", "4155550134", "jane.doe", "example.com", "Jane", "Doe");
		Received sent = receiver.next(GENEROUS);
		assertThat(sent.text()).doesNotContain("415-555-0134", "jane.doe", "Jane", "Doe");
	}

	@Test
	void encryptedJournalIsUnreadableOnDiskAndReadBackWithTheKey() throws Exception {
		String key = newKey();
		Run first = start(new LineCipher(key, List.of()), List.of(), policy(3, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-secret", Instant.now());
		first.dispatcher.urgentTurn(turn);
		first.board.acknowledge(turn.messageId(), "staff", Outcome.CALLED_BACK, "spoke with the visitor");
		assertThat(first.board.awaitRecorded(GENEROUS)).isTrue();
		first.crash();

		assertThat(journalText()).startsWith("enc:v1:")
			.doesNotContain("conv-secret", "saving my pills", "[PHONE]", "spoke with", "\"raised\"");

		Run withKey = start(new LineCipher(newKey(), List.of(key)), List.of(), policy(3, Duration.ofSeconds(5)));
		assertThat(withKey.board.find(turn.messageId()).orElseThrow().acknowledgement().note())
			.as("read with the key of an earlier rotation")
			.isEqualTo("spoke with the visitor");
		withKey.crash();

		Run withoutKey = start(null, List.of(), policy(3, Duration.ofSeconds(5)));
		assertThat(withoutKey.loaded.alerts()).isEmpty();
		assertThat(withoutKey.loaded.damaged()).isEqualTo(2);
	}

	@Test
	void damagedLinesAreSkippedAndTheRestIsRestored() throws Exception {
		Run first = start(null, List.of(), policy(3, Duration.ofSeconds(5)));
		ChatTurn kept = AlertTurns.urgent("conv-kept", Instant.now());
		first.dispatcher.urgentTurn(kept);
		assertThat(first.board.awaitRecorded(GENEROUS)).isTrue();
		first.crash();
		Path file = onlyJournalFile();
		Files.write(file, List.of("{not json at all", "{\"event\":\"delivered\",\"id\":\"" + kept.messageId() + "\"}",
				"{\"event\":\"acknowledged\",\"id\":\"no-such-alert\",\"time\":\"2026-12-01T00:00:00Z\","
						+ "\"user\":\"x\",\"outcome\":\"called_back\"}",
				"enc:v1:0badc0de:AAAA"), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Files.write(file, new byte[] { (byte) 0xff, (byte) 0xfe, '\n' }, StandardOpenOption.APPEND);
		// a crash in the middle of a line: no newline at the end
		Files.writeString(file, "{\"event\":\"raised\",\"time\":\"2026-12-0", StandardOpenOption.APPEND);

		Run second = start(null, List.of(), policy(3, Duration.ofSeconds(5)));

		assertThat(second.loaded.alerts()).extracting((status) -> status.alert().id())
			.containsExactly(kept.messageId());
		assertThat(second.loaded.damaged()).as("bad JSON, a field missing, an unknown key, bad UTF-8, torn line")
			.isEqualTo(5);
		ChatTurn later = AlertTurns.urgent("conv-later", Instant.now());
		second.dispatcher.urgentTurn(later);
		assertThat(second.board.awaitRecorded(GENEROUS)).isTrue();
		second.crash();

		Run third = start(null, List.of(), policy(3, Duration.ofSeconds(5)));
		assertThat(third.loaded.alerts()).extracting((status) -> status.alert().conversationId())
			.as("the line after the torn one is read")
			.containsExactly("conv-kept", "conv-later");
	}

	@Test
	void urgentTurnWhenTheJournalIsStuckStillReturnsAndDelivers() throws Exception {
		FakeHttpReceiver receiver = receiver();
		CountDownLatch disk = new CountDownLatch(1);
		ExecutorService stuck = Executors.newSingleThreadExecutor();
		stuck.submit(() -> {
			disk.await();
			return null;
		});
		try {
			Run run = start(null, webhook(receiver), policy(3, Duration.ofSeconds(5)), Schedulers.fromExecutor(stuck));
			ChatTurn turn = AlertTurns.urgent("conv-stuck", Instant.now());

			// returns although no journal write can run: if it waited for the disk, this test would hang here
			run.dispatcher.urgentTurn(turn);

			assertThat(receiver.next(GENEROUS)).as("the alert still goes out").isNotNull();
			run.await(turn.messageId(), (status) -> status.deliveries().get(0).state() == State.DELIVERED);
			assertThat(run.board.awaitRecorded(Duration.ofMillis(100))).isFalse();
			disk.countDown();
			assertThat(run.board.awaitRecorded(GENEROUS)).isTrue();
			run.crash();
			assertThat(start(null, List.of(), policy(3, Duration.ofSeconds(5))).board.find(turn.messageId()))
				.isPresent();
		}
		finally {
			disk.countDown();
			stuck.shutdownNow();
		}
	}

	@Test
	void journalWhenTheFolderCannotBeWrittenKeepsTheEventsAndWritesThemLater() throws Exception {
		Path blocked = this.directory.resolve("journal");
		Files.writeString(blocked, "a file where the folder should be");
		AlertJournal journal = new AlertJournal(blocked, false, this.json, null, Schedulers.boundedElastic(),
				Clock.systemUTC(), Duration.ofMillis(100));
		AlertBoard board = new AlertBoard(List.of(), 10, Clock.systemUTC(), journal);
		AlertDispatcher dispatcher = new AlertDispatcher(List.of(), board, new PersonalDataRedactor(), STAFF,
				policy(3, Duration.ofSeconds(5)));
		ChatTurn turn = AlertTurns.urgent("conv-disk", Instant.now());

		dispatcher.urgentTurn(turn);

		await().atMost(GENEROUS).until(() -> journal.failure() != null);
		Files.delete(blocked);
		assertThat(journal.awaitFlushed(GENEROUS)).isTrue();
		assertThat(journal.failure()).isNull();
		assertThat(journal.load().alerts()).extracting((status) -> status.alert().id())
			.containsExactly(turn.messageId());
		journal.close();
	}

	@Test
	void forgetRemovesAConversationsAlertsFromTheBoardAndTheJournal() throws Exception {
		Run first = start(null, List.of(), policy(3, Duration.ofSeconds(5)));
		ChatTurn forgotten = AlertTurns.urgent("conv-forget-me", Instant.now());
		ChatTurn other = AlertTurns.urgent("conv-other", Instant.now());
		first.dispatcher.urgentTurn(forgotten);
		first.dispatcher.urgentTurn(other);
		first.board.acknowledge(forgotten.messageId(), "staff", Outcome.CALLED_BACK, null);

		assertThat(first.board.forget("conv-forget-me")).isEqualTo(1);

		assertThat(first.board.find(forgotten.messageId())).isEmpty();
		assertThat(journalText()).doesNotContain("conv-forget-me", forgotten.messageId()).contains("conv-other");
		first.crash();
		assertThat(start(null, List.of(), policy(3, Duration.ofSeconds(5))).board.recent())
			.extracting((status) -> status.alert().conversationId())
			.containsExactly("conv-other");
	}

	@Test
	void journalFilesOlderThanTheRetentionAreDeleted() throws Exception {
		Files.createDirectories(this.directory);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		Path old = Files.writeString(this.directory.resolve(today.minusDays(91) + ".jsonl"), "{}\n");
		Path kept = Files.writeString(this.directory.resolve(today.minusDays(89) + ".jsonl"), "{}\n");
		AlertJournal journal = new AlertJournal(this.directory, false, this.json, null, Schedulers.boundedElastic(),
				Clock.systemUTC(), Duration.ofSeconds(1));

		AlertsConfiguration.purge(journal, 90);

		assertThat(old).doesNotExist();
		assertThat(kept).exists();
	}

	private String journalText() throws IOException {
		return Files.readString(onlyJournalFile(), StandardCharsets.UTF_8);
	}

	private Path onlyJournalFile() throws IOException {
		try (var files = Files.list(this.directory)) {
			List<Path> all = files.toList();
			assertThat(all).hasSize(1);
			return all.get(0);
		}
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private FakeHttpReceiver receiver() {
		FakeHttpReceiver receiver = FakeHttpReceiver.start();
		this.receivers.add(receiver);
		return receiver;
	}

	private List<AlertRoute> webhook(FakeHttpReceiver receiver) {
		return List.of(new WebhookRoute(WebClient.create(), receiver.url("/hooks/urgent"),
				new WebhookSignature(SECRET), this.json, Clock.systemUTC()));
	}

	private static AlertDispatcher.Policy policy(int maxAttempts, Duration firstBackoff) {
		return new AlertDispatcher.Policy(maxAttempts, firstBackoff, Duration.ofMinutes(2), Duration.ofSeconds(5), 10,
				Duration.ofHours(24));
	}

	private Run start(LineCipher cipher, List<AlertRoute> routes, AlertDispatcher.Policy policy) {
		return start(cipher, routes, policy, Schedulers.boundedElastic());
	}

	/**
	 * One run of the service's alerting, started the way {@code AlertsConfiguration} starts it.
	 */
	private Run start(LineCipher cipher, List<AlertRoute> routes, AlertDispatcher.Policy policy, Scheduler disk) {
		AlertJournal journal = new AlertJournal(this.directory, false, this.json, cipher, disk, Clock.systemUTC(),
				Duration.ofMillis(200));
		AlertJournal.Loaded loaded = journal.load();
		AlertBoard board = new AlertBoard(routes.stream().map(AlertRoute::name).toList(), 50, Clock.systemUTC(),
				journal);
		board.restore(loaded.alerts());
		AlertDispatcher dispatcher = new AlertDispatcher(routes, board, new PersonalDataRedactor(), STAFF, policy);
		dispatcher.resume(loaded.alerts(), Instant.now());
		Run run = new Run(journal, loaded, board, dispatcher);
		this.runs.add(run);
		return run;
	}

	private record Run(AlertJournal journal, AlertJournal.Loaded loaded, AlertBoard board,
			AlertDispatcher dispatcher) {

		/**
		 * Stops delivering at once, whatever is owed (what a killed process does); what the journal has queued is
		 * written first, as it would have been within milliseconds.
		 */
		void crash() {
			this.dispatcher.stop();
			this.journal.awaitFlushed(Duration.ofSeconds(5));
			this.journal.close();
		}

		AlertStatus await(String id, Predicate<AlertStatus> condition) {
			org.awaitility.Awaitility.await().atMost(GENEROUS).until(() -> this.board.find(id).filter(condition).isPresent());
			return this.board.find(id).orElseThrow();
		}

	}

}
