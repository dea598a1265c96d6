package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.delivery.OutboxStore;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.RecordingOutbox;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.Answer;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the bot posts on its own in Discord (reminders, digests, notices) goes through the durable outbox: Discord's
 * answer is awaited, a 5xx is tried again, a refusal is recorded as failed with its reason and the team told once;
 * the digest reaches the channel where the cases live (or the configured one) once a day.
 */
class DiscordDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ChatRef DISPUTES = ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD)
            .inThread(FakeDiscord.CHANNEL);

    @TempDir
    Path dir;
    private DeskOverDiscord wired;

    @AfterEach
    void stop() {
        if (wired != null) {
            wired.close();
        }
    }

    @Test
    void aReminderAnsweredWithServerErrorsThenTakenIsPostedOnce() {
        wired = new DeskOverDiscord(dir).casesInTheChannel();
        openCase();
        // More 500s than JDA retries on its own: the outbox tries the post again after its backoff.
        wired.h.fake.scriptChannelPosts(FakeDiscord.CHANNEL, Answer.serverError(), Answer.serverError(),
                Answer.serverError(), Answer.serverError());

        wired.desk.desk().reminders().runDue(wired.desk.clock().instant());

        await().atMost(WAIT).until(() -> wired.h.fake.postedIn(FakeDiscord.CHANNEL).size() == 1);
        assertThat(attempts(FakeDiscord.CHANNEL)).hasSizeGreaterThanOrEqualTo(5);
        await().atMost(WAIT).until(() -> wired.outbox.pending().isEmpty());
        assertThat(wired.h.fake.postedIn(FakeDiscord.CHANNEL)).singleElement()
                .satisfies(c -> assertThat(c.body().path("content").asText()).contains("Case #1"));
        assertThat(wired.outbox.failed()).isEmpty();
    }

    @Test
    void aReminderDiscordRefusesIsRecordedFailedAndTheTeamIsToldOnceHowToFixIt() {
        wired = new DeskOverDiscord(dir).casesInTheChannel();
        openCase();
        wired.h.fake.scriptChannelPosts(FakeDiscord.CHANNEL, Answer.missingPermissions());

        wired.desk.desk().reminders().runDue(wired.desk.clock().instant());

        await().atMost(WAIT).until(() -> wired.h.fake.postedIn(FakeDiscord.CHANNEL).size() == 1);
        List<OutboxStore.Queued> failed = wired.outbox.failed();
        assertThat(failed).hasSize(1);
        assertThat(wired.outbox.lastError(failed.get(0).seq()))
                .isEqualTo("refused: missing_permission in #disputes: 50013 Missing Permissions");
        assertThat(wired.h.fake.postedIn(FakeDiscord.CHANNEL).get(0).body().path("content").asText())
                .contains("I could not post a message in #disputes")
                .contains("give the bot View Channel and Send Messages in #disputes");
        // the reminder itself is recorded failed with the same reason, not sent
        await().atMost(WAIT).until(() -> reminderStates().contains("FAILED"));
        assertThat(wired.desk.stores().jdbc().query("SELECT state, last_error FROM reminders"
                + " WHERE state <> 'PENDING'", rs -> rs.getString(1) + " " + rs.getString(2))).containsExactly(
                "FAILED refused: missing_permission in #disputes: 50013 Missing Permissions");

        // Refused there again: recorded, but the team has been told already.
        wired.h.fake.scriptChannelPosts(FakeDiscord.CHANNEL, Answer.missingPermissions());
        wired.h.adapter.outbox().send(new Outgoing(DISPUTES, Reply.text("second try"), Optional.empty()));
        await().atMost(WAIT).until(() -> wired.outbox.failed().size() == 2);
        await().during(Duration.ofMillis(500)).atMost(WAIT)
                .until(() -> wired.h.fake.postedIn(FakeDiscord.CHANNEL).size() == 1);
    }

    @Test
    void aChannelTheBotCannotSeeIsRefusedAtOnceNotRetriedAndTheTeamIsToldInItsDigestChannel() {
        FakeDiscord fake = new FakeDiscord(2);
        String digest = FakeDiscord.channel(1);
        wired = new DeskOverDiscord(dir, fake, DiscordHarness.settings()
                .withDigestChannels(java.util.Map.of(FakeDiscord.GUILD, digest)), Clock.systemUTC());
        ChatRef gone = ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD).inThread("777");

        wired.h.adapter.outbox().send(new Outgoing(gone, Reply.text("to a deleted channel"), Optional.empty()));

        await().atMost(WAIT).until(() -> fake.postedIn(digest).size() == 1);
        assertThat(attempts("777")).as("never asked Discord").isEmpty();
        assertThat(wired.outbox.failed()).hasSize(1);
        assertThat(wired.outbox.lastError(wired.outbox.failed().get(0).seq())).startsWith("refused: unknown_place");
        assertThat(fake.postedIn(digest).get(0).body().path("content").asText())
                .contains("channel 777 is gone or the bot cannot see it");
        assertThat(wired.outbox.pending()).isEmpty();
    }

    @Test
    void aMessageDiscordFindsTooLargeIsRefusedWithItsReason() {
        wired = new DeskOverDiscord(dir);
        wired.h.fake.scriptChannelPosts(FakeDiscord.CHANNEL, new Answer(400,
                "{\"message\":\"Invalid Form Body\",\"code\":50035}", 0));

        wired.h.adapter.outbox().send(new Outgoing(DISPUTES, Reply.text("hello"), Optional.empty()));

        await().atMost(WAIT).until(() -> wired.outbox.failed().size() == 1);
        assertThat(wired.outbox.lastError(wired.outbox.failed().get(0).seq()))
                .isEqualTo("refused: too_large in #disputes: 50035 Invalid Form Body");
    }

    @Test
    void theDeliveryLoopSurvivesAnUnexpectedFailure() {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        wired = new DeskOverDiscord(dir, new FakeDiscord(), DiscordHarness.settings(),
                new FailingOn("discord-dispatch", failuresLeft));
        await().atMost(WAIT).until(() -> failuresLeft.get() <= 0);

        wired.h.adapter.outbox().send(new Outgoing(DISPUTES, Reply.text("still there"), Optional.empty()));

        await().atMost(WAIT).until(() -> wired.h.fake.postedIn(FakeDiscord.CHANNEL).size() == 1);
        assertThat(wired.h.fake.postedIn(FakeDiscord.CHANNEL).get(0).body().path("content").asText())
                .isEqualTo("still there");
    }

    @Test
    void messagesStillQueuedAtAStopAreSentAfterTheNextStart() {
        FakeDiscord fake = new FakeDiscord();
        wired = new DeskOverDiscord(dir, fake, DiscordHarness.settings(), Clock.systemUTC());
        fake.scriptChannelPosts(FakeDiscord.CHANNEL, Answer.serverError(), Answer.serverError(),
                Answer.serverError());
        wired.h.adapter.outbox().send(new Outgoing(DISPUTES, Reply.text("kept"), Optional.empty()));
        await().atMost(WAIT).until(() -> attempts(FakeDiscord.CHANNEL).size() >= 3);
        wired.h.adapter.close();
        assertThat(wired.outbox.pending()).hasSize(1);

        FakeDiscord again = new FakeDiscord();
        DiscordHarness restarted = new DiscordHarness(again, DiscordHarness.settings(), Clock.systemUTC(),
                bot -> new com.disputedesk.core.store.JdbcOutboxStore(wired.desk.stores().dataSource(),
                        com.disputedesk.core.store.JdbcOutboxStore.SHARED_TABLE, bot));
        try {
            restarted.start(a -> wired.desk.desk().bot());
            await().atMost(WAIT).until(() -> again.postedIn(FakeDiscord.CHANNEL).size() == 1);
            assertThat(again.postedIn(FakeDiscord.CHANNEL).get(0).body().path("content").asText()).isEqualTo("kept");
            await().atMost(WAIT).until(() -> wired.outbox.pending().isEmpty());
        } finally {
            restarted.close();
        }
    }

    @Test
    void theDigestReachesTheDiscordChannelWhereTheCasesLiveAndTheTelegramGroupOnceEach() {
        wired = new DeskOverDiscord(dir);
        RecordingOutbox telegram = new RecordingOutbox();
        wired.routing.register(Platform.TELEGRAM, telegram);
        openCase();
        openTelegramCase();
        wired.desk.desk().reminders().planner().ensureDigests();

        // The next morning, 09:00 in Warsaw, then the morning after.
        runDueAt(Instant.parse("2026-03-03T08:00:00Z"));
        await().atMost(WAIT).until(() -> digestsIn(FakeDiscord.CHANNEL).size() == 1);
        assertThat(digestsTo(telegram)).hasSize(1);
        runDueAt(Instant.parse("2026-03-03T08:30:00Z"));
        runDueAt(Instant.parse("2026-03-04T08:00:00Z"));

        await().atMost(WAIT).until(() -> digestsIn(FakeDiscord.CHANNEL).size() == 2);
        assertThat(digestsIn(FakeDiscord.CHANNEL)).extracting(c -> c.body().path("content").asText())
                .allSatisfy(t -> assertThat(t).contains("Acme Store")).doesNotHaveDuplicates();
        assertThat(digestsTo(telegram)).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t).contains("Daily digest for Acme Store"));
    }

    @Test
    void aConfiguredDigestChannelTakesTheDigest() {
        FakeDiscord fake = new FakeDiscord(2);
        String digest = FakeDiscord.channel(1);
        wired = new DeskOverDiscord(dir, fake, DiscordHarness.settings()
                .withDigestChannels(java.util.Map.of(FakeDiscord.GUILD, digest)), Clock.systemUTC());
        openCase();
        wired.desk.desk().reminders().planner().ensureDigests();

        runDueAt(Instant.parse("2026-03-03T08:00:00Z"));

        await().atMost(WAIT).until(() -> digestsIn(digest).size() == 1);
        assertThat(digestsIn(FakeDiscord.CHANNEL)).isEmpty();
    }

    private List<String> reminderStates() {
        return wired.desk.stores().jdbc().query("SELECT state FROM reminders", rs -> rs.getString(1));
    }

    private void runDueAt(Instant at) {
        wired.desk.clock().set(at);
        wired.desk.desk().reminders().runDue(at);
    }

    private List<RestCall> digestsIn(String channel) {
        return wired.h.fake.postedIn(channel).stream()
                .filter(c -> c.body().path("content").asText().contains("Daily digest")).toList();
    }

    private static List<String> digestsTo(RecordingOutbox telegram) {
        return telegram.all().stream().map(o -> o.reply().text()).filter(t -> t.contains("Daily digest")).toList();
    }

    /** Opens a case in the team's Telegram group, straight in the case store. */
    private void openTelegramCase() {
        Member bob = new Member(Platform.TELEGRAM, "43", "Bob");
        CaseFacts facts = new CaseFacts("aliexpress", "8012345678901234", "Maria", "es", Reason.NOT_RECEIVED,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("25.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        Instant now = wired.desk.clock().instant();
        wired.desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, bob,
                ChatRef.of(Platform.TELEGRAM, "-1001"), now),
                List.of(new TimelineEntry(now, bob.key(), TimelineEntry.Kind.CREATED, "opened")));
    }

    private List<RestCall> attempts(String channel) {
        return wired.h.fake.calls(c -> c.method().equals("POST") && c.path().equals("/channels/" + channel
                + "/messages"));
    }

    /** Opens case #1 in #disputes over Discord, as Alice. */
    private void openCase() {
        DiscordChat chat = new DiscordChat(wired.h, ALICE);
        chat.slash(i -> i.subcommand("dispute", "new")).press("Temu").expect("Temu order number");
        chat.answer("PO-211-1234567890123").answer("Bruno").press("German (de)").press("Counterfeit claim");
        chat.answer("USD 40").press("Partial refund").answer("12.5").press("Skip").press("Skip");
        chat.expect("Which evidence").press("Done").press("Skip").expect("Please check the case");
        chat.press("Confirm").expect("Case #1 opened");
    }

    /** The system clock, except that it fails the first few times one thread reads it. */
    private static final class FailingOn extends Clock {
        private final String thread;
        private final AtomicInteger failuresLeft;

        FailingOn(String thread, AtomicInteger failuresLeft) {
            this.thread = thread;
            this.failuresLeft = failuresLeft;
        }

        @Override
        public Instant instant() {
            if (Thread.currentThread().getName().equals(thread) && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("injected failure in the delivery loop");
            }
            return Clock.systemUTC().instant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
