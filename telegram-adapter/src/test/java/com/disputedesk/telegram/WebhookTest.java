package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.telegram.fake.FakeBotApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook mode: only Telegram, knowing the secret, can hand the bot updates. */
class WebhookTest {
    private static final String SECRET = "s3cret_webhook-token";

    @TempDir
    Path dir;
    Harness h;
    FakeBotApi fake;
    URI endpoint;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        fake = h.fake;
        h.startMini(h.settings().withWebhook(new TelegramSettings.Webhook(0, "/telegram", SECRET,
                Optional.of(URI.create("https://desk.example.com/telegram")))));
        endpoint = URI.create("http://127.0.0.1:" + h.adapter.webhookPort() + "/telegram");
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void registersTheWebhookWithItsSecretAndDoesNotPoll() {
        assertThat(fake.calls("setWebhook")).hasSize(1);
        assertThat(fake.calls("setWebhook").get(0).body().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(fake.calls("getUpdates")).isEmpty();
    }

    @Test
    void anUpdateWithoutTheSecretIsRefusedWith401AndChangesNothing() throws Exception {
        assertThat(post(fake.webhookUpdate(GROUP, MEMBER, "Ann", "/ping none"), null)).isEqualTo(401);
        assertThat(post(fake.webhookUpdate(GROUP, MEMBER, "Ann", "/ping wrong"), "not-the-secret")).isEqualTo(401);
        assertThat(post(fake.webhookUpdate(GROUP, MEMBER, "Ann", "/ping right"), SECRET)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> fake.textsTo(GROUP).contains("pong right"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong right");
    }

    @Test
    void anUpdatePostedTwiceIsHandledOnce() throws Exception {
        String update = fake.webhookUpdate(GROUP, MEMBER, "Ann", "/ping again");
        assertThat(post(update, SECRET)).isEqualTo(200);
        assertThat(post(update, SECRET)).isEqualTo(200);
        assertThat(post(fake.webhookUpdate(GROUP, MEMBER, "Ann", "/ping last"), SECRET)).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> fake.textsTo(GROUP).contains("pong last"));
        assertThat(fake.textsTo(GROUP)).containsExactly("pong again", "pong last");
    }

    private int post(String body, String secret) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (secret != null) {
            b.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
