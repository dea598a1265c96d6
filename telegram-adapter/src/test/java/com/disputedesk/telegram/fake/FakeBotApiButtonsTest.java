package com.disputedesk.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The fake refuses inline buttons Telegram refuses: callback_data is 1 to 64 bytes. */
class FakeBotApiButtonsTest {
    private static final MediaType JSON = MediaType.get("application/json");

    private static int send(FakeBotApi fake, String callbackData) throws IOException {
        String body = "{\"chat_id\":-1001,\"text\":\"Pick\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Go\","
                + "\"callback_data\":\"" + callbackData + "\"}]]}}";
        Request request = new Request.Builder().url(fake.baseUrl() + "/bot" + FakeBotApi.TOKEN + "/sendmessage")
                .post(RequestBody.create(body, JSON)).build();
        try (Response r = new OkHttpClient().newCall(request).execute()) {
            return r.code();
        }
    }

    @Test
    void callbackDataOverSixtyFourBytesOrEmptyIsRefused() throws IOException {
        try (FakeBotApi fake = new FakeBotApi()) {
            assertThat(send(fake, "c".repeat(64))).isEqualTo(200);
            // 22 three-byte characters: 66 bytes in 22 characters
            assertThat(send(fake, "案".repeat(22))).isEqualTo(400);
            assertThat(send(fake, "")).isEqualTo(400);
            assertThat(fake.calls("refused:sendmessage")).hasSize(2);
        }
    }
}
