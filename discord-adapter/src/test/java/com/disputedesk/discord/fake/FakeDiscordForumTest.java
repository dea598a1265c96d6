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
 * and the forum itself takes no messages (50008). A post with its message is made through JDA in
 * CasesChannelOverDiscordTest.
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
    void aForumThreadWithoutAFirstMessageIsRefused() throws IOException {
        try (FakeDiscord fake = new FakeDiscord().withForum()) {
            String threads = "channels/" + FakeDiscord.FORUM + "/threads";
            assertThat(post(fake, threads, "{\"name\":\"#1 \u00b7 Temu\",\"type\":11}")).satisfies(a -> {
                assertThat(a.status()).isEqualTo(400);
                assertThat(a.body()).contains("50035").contains("message");
            });
            assertThat(fake.threads()).isEmpty();
            assertThat(post(fake, threads, "{\"name\":\"#1 \u00b7 Temu\",\"message\":{\"content\":\"\"}}"))
                    .as("an empty first message is no message").satisfies(a -> {
                        assertThat(a.status()).isEqualTo(400);
                        assertThat(a.body()).contains("50035");
                    });
            assertThat(fake.threads()).isEmpty();
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
