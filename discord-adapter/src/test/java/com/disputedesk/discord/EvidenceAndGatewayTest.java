package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.chat.Inbound;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EvidenceAndGatewayTest {
    private final ScriptedCore core = new ScriptedCore();
    private DiscordHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void anEvidenceFileIsOfferedToTheCoreAndDownloadedFromTheCdnAtOnce() {
        AtomicReference<byte[]> read = new AtomicReference<>();
        core.onFile((t, in) -> {
            try (InputStream bytes = ((Inbound.Attachment) in).file().content().open()) {
                read.set(bytes.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            t.say("Stored " + ((Inbound.Attachment) in).file().fileName());
        });
        h = DiscordHarness.create(DiscordHarness.settings()).start(a -> core.bot(a.outbox(), Clock.systemUTC()));
        byte[] photo = "not really a png".getBytes(StandardCharsets.UTF_8);
        String url = h.fake.cdnFile("parcel.png", photo);

        Interaction i = h.fake.interaction(2, ALICE).slash("evidence", "case", "7")
                .attachment("file", "parcel.png", url, photo.length).send();
        List<RestCall> answers = h.answers(i, 2);

        Inbound.Attachment a = (Inbound.Attachment) core.received.get(0);
        assertThat(a.caption()).isEqualTo("/evidence 7");
        assertThat(a.file().fileName()).isEqualTo("parcel.png");
        assertThat(a.file().mediaType()).isEqualTo("image/png");
        assertThat(a.file().declaredSize()).isEqualTo(photo.length);
        assertThat(read.get()).isEqualTo(photo);
        assertThat(answers.get(0).body().path("type").asInt()).as("a download may be slow: deferred at once")
                .isEqualTo(5);
        assertThat(answers.get(1).body().path("content").asText()).isEqualTo("Stored parcel.png");
    }

    @Test
    void aDroppedGatewayConnectionIsResumedAndServingGoesOn() {
        h = DiscordHarness.create(DiscordHarness.settings()).start(a -> core.bot(a.outbox(), Clock.systemUTC()));
        assertThat(h.fake.identifies()).isEqualTo(1);

        h.fake.dropConnection();

        await().atMost(DiscordHarness.WAIT).until(() -> h.fake.resumes() == 1);
        JsonNode resume = h.fake.gatewayFrames().stream().filter(f -> f.path("op").asInt() == 6)
                .findFirst().orElseThrow();
        assertThat(resume.path("d").path("session_id").asText()).isEqualTo("session-1");
        assertThat(resume.path("d").path("token").asText()).isEqualTo("test-token");
        assertThat(h.fake.identifies()).as("resumed, not a new session").isEqualTo(1);
        assertThat(h.fake.connections()).isEqualTo(2);

        Interaction i = h.fake.interaction(2, ALICE).slash("cases").send();
        assertThat(h.answers(i, 1).get(0).message().path("content").asText()).isEqualTo("ok /cases \\[\\]");
    }
}
