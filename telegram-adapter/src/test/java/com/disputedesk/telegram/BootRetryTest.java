package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network blip at boot does not stop the service: the start keeps trying to reach Telegram for a while. */
class BootRetryTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private Harness h;

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void moreFailedGetMeCallsThanTheOldFiveStillStartTheBot() {
        h = new Harness(dir);
        h.fake.failNextGetMe(Collections.nCopies(8, new FakeBotApi.BadGateway()).toArray(FakeBotApi.Fault[]::new));

        h.startMini(quickRetries(Duration.ofSeconds(30)));

        h.fake.text(GROUP, MEMBER, "Ann", "/ping@DeskBot up");
        await().atMost(WAIT).until(() -> h.fake.textsTo(GROUP).contains("pong up"));
    }

    @Test
    void aTelegramStillUnreachableWhenTheTimeIsUpStopsTheStartNamingTheSetting() {
        h = new Harness(dir);
        h.fake.failNextGetMe(Collections.nCopies(1000, new FakeBotApi.BadGateway()).toArray(FakeBotApi.Fault[]::new));

        assertThatThrownBy(() -> h.startMini(quickRetries(Duration.ofMillis(300))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not reachable for 0 s")
                .hasMessageContaining("telegram.retry.reach-for");
    }

    private TelegramSettings quickRetries(Duration reachFor) {
        TelegramSettings s = h.settings();
        return s.withRetry(new TelegramSettings.Retry(6, Duration.ofMillis(10), Duration.ofMillis(50), 3,
                Duration.ofSeconds(1), reachFor));
    }
}
