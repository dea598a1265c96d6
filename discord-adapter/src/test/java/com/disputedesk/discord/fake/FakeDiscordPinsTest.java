package com.disputedesk.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fake pins as strictly as Discord: only a message of that channel (10008), at most 50 a channel (30003). */
class FakeDiscordPinsTest {
    private static final MediaType JSON = MediaType.get("application/json");
    private final OkHttpClient http = new OkHttpClient();

    private String post(FakeDiscord fake, String text) throws IOException {
        Request request = new Request.Builder().url(fake.restBase() + "channels/" + FakeDiscord.CHANNEL + "/messages")
                .post(RequestBody.create("{\"content\":\"" + text + "\"}", JSON)).build();
        try (Response r = http.newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(200);
            return new ObjectMapper().readTree(r.body().string()).path("id").asText();
        }
    }

    private Answer pin(FakeDiscord fake, String messageId) throws IOException {
        Request request = new Request.Builder()
                .url(fake.restBase() + "channels/" + FakeDiscord.CHANNEL + "/messages/pins/" + messageId)
                .put(RequestBody.create(new byte[0])).build();
        try (Response r = http.newCall(request).execute()) {
            return new Answer(r.code(), r.body().string());
        }
    }

    private record Answer(int status, String body) {
    }

    @Test
    void aPinNeedsAMessageOfTheChannelAndStopsAtFifty() throws IOException {
        try (FakeDiscord fake = new FakeDiscord()) {
            assertThat(pin(fake, "987654321")).satisfies(a -> {
                assertThat(a.status()).isEqualTo(404);
                assertThat(a.body()).contains("10008");
            });
            String first = post(fake, "Case #1");
            assertThat(pin(fake, first).status()).isEqualTo(204);
            assertThat(pin(fake, first).status()).as("pinned again: nothing changes").isEqualTo(204);
            for (int i = 2; i <= FakeDiscord.MAX_PINS; i++) {
                assertThat(pin(fake, post(fake, "Case #" + i)).status()).isEqualTo(204);
            }
            assertThat(pin(fake, post(fake, "Case #51"))).satisfies(a -> {
                assertThat(a.status()).isEqualTo(400);
                assertThat(a.body()).contains("30003");
            });
            assertThat(fake.pins(FakeDiscord.CHANNEL)).hasSize(FakeDiscord.MAX_PINS).startsWith(first);
        }
    }
}
