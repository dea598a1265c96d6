package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordHarness.MALLORY;
import static com.disputedesk.discord.DiscordHarness.OLGA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
    private final ScriptedCore core = new ScriptedCore();
    private DiscordHarness h;

    private DiscordHarness start(DiscordSettings settings) {
        h = DiscordHarness.create(settings).start(a -> core.bot(a.outbox(), Clock.systemUTC()));
        return h;
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aSlashCommandReachesTheCoreAsTheTypedCommandWouldAndIsAnsweredInPlace() {
        start(DiscordHarness.settings());
        Interaction i = h.fake.interaction(2, ALICE).slash("case", "number", "#12").send();

        RestCall answer = h.answers(i, 1).get(0);

        Inbound.Command command = (Inbound.Command) core.received.get(0);
        assertThat(command.name()).isEqualTo("case");
        assertThat(command.args()).containsExactly("12");
        assertThat(command.chat()).isEqualTo(ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD)
                .inThread(FakeDiscord.CHANNEL));
        assertThat(command.member().userId()).isEqualTo(ALICE.userId());
        assertThat(command.member().displayName()).isEqualTo("Alice");
        assertThat(answer.path()).isEqualTo("/interactions/" + i.id + "/" + i.token + "/callback");
        assertThat(answer.body().path("type").asInt()).as("channel message with source").isEqualTo(4);
        assertThat(answer.message().path("content").asText()).isEqualTo("ok /case \\[12\\]");
        assertThat(answer.message().path("flags").asInt() & 64).as("not ephemeral").isZero();
    }

    @Test
    void optionsBecomeTheCoresArgumentsInItsOrder() {
        start(DiscordHarness.settings());
        Interaction remedy = h.fake.interaction(2, ALICE)
                .slash("remedy", "reason", "not-received", "amount", 12.5, "currency", "EUR",
                        "marketplace", "aliexpress").send();
        h.answers(remedy, 1);
        Interaction dispute = h.fake.interaction(2, ALICE).subcommand("dispute", "new").send();
        h.answers(dispute, 1);
        Interaction reply = h.fake.interaction(2, ALICE)
                .slash("reply", "case", "3", "answer", "counter", "text", "wants 20 EUR back").send();
        h.answers(reply, 1);
        Interaction assign = h.fake.interaction(2, ALICE).slash("assign", "case", "#3", "member", OLGA).send();
        h.answers(assign, 1);
        Interaction settings = h.fake.interaction(2, ALICE).slash("settings", "setting", "quiet",
                "value", "22:00-07:00").send();
        h.answers(settings, 1);

        assertThat(core.received).map(in -> ((Inbound.Command) in).name() + " " + ((Inbound.Command) in).args())
                .containsExactly("remedy [not-received, 12.5, EUR, aliexpress]", "new []",
                        "reply [3, counter, wants, 20, EUR, back]", "assign [3, discord:2002]",
                        "settings [quiet, 22:00-07:00]");
        assertThat(((Inbound.Command) core.received.get(2)).rawArgs()).isEqualTo("3 counter wants 20 EUR back");
    }

    @Test
    void aMemberWithoutTheStaffRoleIsRefusedPrivatelyAndTheCoreHearsNothing() {
        start(DiscordHarness.settings());
        Interaction i = h.fake.interaction(2, MALLORY).slash("cases").send();

        RestCall answer = h.answers(i, 1).get(0);

        assertThat(answer.body().path("type").asInt()).isEqualTo(4);
        assertThat(answer.message().path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(answer.message().path("content").asText()).contains("Only the support team");
        assertThat(core.received).isEmpty();
    }

    @Test
    void aMemberWhoMayManageTheServerIsStaffWithoutTheRole() {
        start(DiscordHarness.settings());
        Interaction i = h.fake.interaction(2, OLGA).slash("cases").send();

        assertThat(h.answers(i, 1).get(0).message().path("content").asText()).isEqualTo("ok /cases \\[\\]");
        assertThat(core.received).hasSize(1);
    }

    @Test
    void quotedTextPingsNobodyAndShowsLiterally() {
        core.on("case", (t, in) -> t.say("Buyer: @everyone <b>x</b> *bold* <@&77> [link](http://x)"));
        start(DiscordHarness.settings());
        Interaction i = h.fake.interaction(2, ALICE).slash("case", "number", "1").send();

        JsonNode message = h.answers(i, 1).get(0).message();

        assertThat(message.path("content").asText())
                .isEqualTo("Buyer: \\@everyone \\<b\\>x\\</b\\> \\*bold\\* \\<\\@&77\\> \\[link\\]\\(http://x\\)");
        JsonNode allowed = message.path("allowed_mentions");
        assertThat(allowed.path("parse")).as("no @everyone, @here, role or user pings").isEmpty();
        assertThat(allowed.path("users")).isEmpty();
        assertThat(allowed.path("roles")).isEmpty();
    }

    @Test
    void aMentionPingsOnlyThatMember() {
        core.on("case", (t, in) -> t.say(Reply.text("@here please look").mentioning(t.member())));
        start(DiscordHarness.settings());
        Interaction i = h.fake.interaction(2, ALICE).slash("case", "number", "1").send();

        JsonNode message = h.answers(i, 1).get(0).message();

        assertThat(message.path("content").asText()).isEqualTo("<@2001> \\@here please look");
        assertThat(message.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(message.path("allowed_mentions").path("users").toString()).isEqualTo("[\"2001\"]");
    }

    @Test
    void slowHandlingIsDeferredWithinTheLimitThenAnswered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        core.on("case", (t, in) -> {
            await().atMost(DiscordHarness.WAIT).until(() -> release.getCount() == 0);
            t.say("Case #1 after a slow lookup");
            t.say("and a second message");
        });
        start(DiscordHarness.settings().withDeferAfter(Duration.ofMillis(200)));
        Interaction i = h.fake.interaction(2, ALICE).slash("case", "number", "1").send();

        RestCall deferred = h.answers(i, 1).get(0);
        assertThat(deferred.body().path("type").asInt()).as("deferred channel message").isEqualTo(5);
        release.countDown();
        List<RestCall> answers = h.answers(i, 3);

        assertThat(answers.get(1).method()).isEqualTo("PATCH");
        assertThat(answers.get(1).path()).endsWith("/messages/@original");
        assertThat(answers.get(1).body().path("content").asText()).isEqualTo("Case #1 after a slow lookup");
        assertThat(answers.get(2).method()).isEqualTo("POST");
        assertThat(answers.get(2).path()).isEqualTo("/webhooks/" + FakeDiscord.BOT_ID + "/" + i.token);
        assertThat(answers.get(2).body().path("content").asText()).isEqualTo("and a second message");
    }

    @Test
    void aFastAnswerIsNotDeferredLater() {
        start(DiscordHarness.settings().withDeferAfter(Duration.ofMillis(200)));
        Interaction i = h.fake.interaction(2, ALICE).slash("help").send();
        h.answers(i, 1);

        // Well past the deferral time, the interaction still has its one answer: the timer was called off.
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> h.fake.answersTo(i).size() == 1);
        assertThat(h.fake.answersTo(i)).extracting(c -> c.body().path("type").asInt()).containsExactly(4);
    }

    @Test
    void messagesTheBotStartsItselfGoToTheCasesChannel() {
        start(DiscordHarness.settings());
        ChatRef home = ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD).inThread(FakeDiscord.CHANNEL);

        h.adapter.outbox().send(new com.disputedesk.core.chat.Outgoing(home, Reply.text("Reminder: case #4"),
                Optional.empty()));

        await().atMost(DiscordHarness.WAIT)
                .until(() -> !h.fake.calls(c -> c.path().startsWith("/channels/")).isEmpty());
        RestCall posted = h.fake.calls(c -> c.path().startsWith("/channels/")).get(0);
        assertThat(posted.path()).isEqualTo("/channels/" + FakeDiscord.CHANNEL + "/messages");
        assertThat(posted.body().path("content").asText()).isEqualTo("Reminder: case #4");
        assertThat(posted.body().path("allowed_mentions").path("parse")).isEmpty();
    }

    @Test
    void inAChannelEveryoneCanReadTheAnswerIsPrivateToTheMember() {
        start(DiscordHarness.settings());
        Interaction i = h.fake.interaction(2, ALICE).slash("case", "number", "1").in(FakeDiscord.LOBBY).send();

        JsonNode message = h.answers(i, 1).get(0).message();

        assertThat(message.path("content").asText()).isEqualTo("ok /case \\[1\\]");
        assertThat(message.path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    }

    @Test
    void publicChannelsMayBeAllowed() {
        start(DiscordHarness.settings().withPublicChannels(true));
        Interaction i = h.fake.interaction(2, ALICE).slash("case", "number", "1").in(FakeDiscord.LOBBY).send();

        assertThat(h.answers(i, 1).get(0).message().path("flags").asInt() & 64).isZero();
    }

    @Test
    void theBotPostsNoCaseDetailsInAChannelEveryoneCanRead() {
        start(DiscordHarness.settings());
        ChatRef lobby = ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD).inThread(FakeDiscord.LOBBY);

        h.adapter.outbox().send(new com.disputedesk.core.chat.Outgoing(lobby,
                Reply.text("Reminder: case #4, buyer Rosa, 40 USD"), Optional.empty()));

        await().atMost(DiscordHarness.WAIT)
                .until(() -> !h.fake.calls(c -> c.path().startsWith("/channels/")).isEmpty());
        String posted = h.fake.calls(c -> c.path().startsWith("/channels/")).get(0).body().path("content").asText();
        assertThat(posted).contains("everyone on this server can read this channel").doesNotContain("Rosa");
    }

    @Test
    void aCommandInAThreadLivesInThatThread() {
        start(DiscordHarness.settings());
        Interaction i = h.fake.interaction(2, ALICE).subcommand("dispute", "new").inThread("777").send();

        JsonNode answer = h.answers(i, 1).get(0).message();

        assertThat(core.received.get(0).chat()).isEqualTo(ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD)
                .inThread("777"));
        assertThat(answer.path("flags").asInt() & 64).as("a thread of a staff channel is private").isZero();
    }

    @Test
    void aRateLimitedPostIsSentAgainAfterTheWaitNotLost() {
        start(DiscordHarness.settings());
        h.fake.rateLimitChannelPosts(1);
        ChatRef home = ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD).inThread(FakeDiscord.CHANNEL);

        h.adapter.outbox().send(new com.disputedesk.core.chat.Outgoing(home, Reply.text("Reminder: case #5"),
                Optional.empty()));

        await().atMost(DiscordHarness.WAIT)
                .until(() -> h.fake.calls(c -> c.path().startsWith("/channels/")).size() == 2);
        List<RestCall> posts = h.fake.calls(c -> c.path().startsWith("/channels/"));
        assertThat(posts).extracting(c -> c.body().path("content").asText())
                .containsExactly("Reminder: case #5", "Reminder: case #5");
        assertThat(posts.get(1).receivedNanos() - posts.get(0).receivedNanos())
                .as("waited for the limit to reset").isGreaterThanOrEqualTo(250_000_000L);
    }
}
