package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A busy morning: many chats at once against a Bot API that enforces Telegram's flood limits. */
class BurstTest {
    private static final int CHATS = 20;
    private static final int PER_CHAT = 10;

    @TempDir
    Path dir;

    @Test
    void twoHundredUpdatesAcrossTwentyGroupsAreAnsweredInOrderWithoutEverHittingALimit() {
        try (Harness h = new Harness(dir)) {
            FakeBotApi fake = h.fake.enforce(FakeBotApi.Limits.telegram());
            h.startMini();
            for (int i = 1; i <= PER_CHAT; i++) {
                for (int c = 1; c <= CHATS; c++) {
                    fake.text(-2000 - c, 42, "Ann", "/seq " + i);
                }
            }

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> fake.calls("sendMessage").size() == CHATS * PER_CHAT);
            List<String> expected = IntStream.rangeClosed(1, PER_CHAT).mapToObj(i -> "seq " + i).toList();
            for (int c = 1; c <= CHATS; c++) {
                assertThat(fake.textsTo(-2000 - c)).as("chat %d", -2000 - c).isEqualTo(expected);
            }
            assertThat(fake.tooManyRequests()).isZero();
            assertThat(fake.calls("sendMessage")).hasSize(CHATS * PER_CHAT);
        }
    }
}
