package com.disputedesk.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fake refuses a reply to a message the chat does not have, as Telegram does, unless the call allows it. */
class FakeBotApiRepliesTest {
    private static final MediaType JSON = MediaType.get("application/json");

    private static Response send(FakeBotApi fake, String replyParameters) throws IOException {
        String body = "{\"chat_id\":-1001,\"text\":\"Case #1\"" + replyParameters + "}";
        Request request = new Request.Builder().url(fake.baseUrl() + "/bot" + FakeBotApi.TOKEN + "/sendmessage")
                .post(RequestBody.create(body, JSON)).build();
        return new OkHttpClient().newCall(request).execute();
    }

    @Test
    void aReplyToAnUnknownMessageIsRefusedUnlessSendingWithoutItIsAllowed() throws IOException {
        try (FakeBotApi fake = new FakeBotApi()) {
            int card;
            try (Response r = send(fake, "")) {
                assertThat(r.code()).isEqualTo(200);
                card = fake.lastMessageTo(-1001).path("message_id").asInt();
            }
            try (Response r = send(fake, ",\"reply_parameters\":{\"message_id\":" + card + "}")) {
                assertThat(r.code()).isEqualTo(200);
            }
            try (Response r = send(fake, ",\"reply_parameters\":{\"message_id\":77777}")) {
                assertThat(r.code()).isEqualTo(400);
                assertThat(r.body().string()).contains("message to be replied not found");
            }
            try (Response r = send(fake, ",\"reply_parameters\":{\"message_id\":77777,"
                    + "\"allow_sending_without_reply\":true}")) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThat(fake.calls("refused:sendmessage")).hasSize(1);
        }
    }
}
