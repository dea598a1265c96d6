package com.disputedesk.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The fake's forum channel as strict as Discord's: a thread there is a post and needs its first message (50035),
 * and the forum itself takes no messages (50008).
 */
class FakeDiscordForumTest {
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http = new OkHttpClient();

    private Answer post(FakeDiscord fake, String route, String body) throws IOException {
        Request request = new Request.Builder().url(fake.restBase() + route)
                .post(RequestBody.create(body, JSON)).build();
        try (Response r = http.newCall(request).execute()) {
            return new Answer(r.code(), r.body().string());
        }
    }

    private record Answer(int status, String body) {
    }

    @Test
    void aForumPostNeedsItsFirstMessage() throws IOException {
        try (FakeDiscord fake = new FakeDiscord().withForum()) {
            String threads = "channels/" + FakeDiscord.FORUM + "/threads";
            assertThat(post(fake, threads, "{\"name\":\"#1 \u00b7 Temu\",\"type\":11}")).satisfies(a -> {
                assertThat(a.status()).isEqualTo(400);
                assertThat(a.body()).contains("50035").contains("message");
            });
            assertThat(fake.threads()).isEmpty();

            Answer made = post(fake, threads, "{\"name\":\"#1 \u00b7 Temu\",\"message\":{\"content\":\"#1 \u00b7 Temu\"}}");

            assertThat(made.status()).isEqualTo(201);
            assertThat(fake.threads()).singleElement().satisfies(t -> {
                assertThat(t.path("parent_id").asText()).isEqualTo(FakeDiscord.FORUM);
                assertThat(t.path("type").asInt()).isEqualTo(11);
            });
            assertThat(made.body()).contains("\"message\"").contains("#1 \u00b7 Temu");
        }
    }

    @Test
    void theForumItselfTakesNoMessages() throws IOException {
        try (FakeDiscord fake = new FakeDiscord().withForum()) {
            assertThat(post(fake, "channels/" + FakeDiscord.FORUM + "/messages", "{\"content\":\"Case #1\"}"))
                    .satisfies(a -> {
                        assertThat(a.status()).isEqualTo(400);
                        assertThat(a.body()).contains("50008");
                    });
        }
    }
}
