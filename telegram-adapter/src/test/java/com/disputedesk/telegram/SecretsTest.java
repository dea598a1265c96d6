package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The bot token never reaches a log line or a settings dump; the adapter's words exist in both languages. */
class SecretsTest {
    @TempDir
    Path dir;

    @Test
    void settingsNeverShowTheToken() {
        TelegramSettings s = TelegramSettings.polling(FakeBotApi.TOKEN, URI.create("http://localhost:1"));
        assertThat(s.toString()).doesNotContain(FakeBotApi.TOKEN).contains("123456:***");
        assertThat(s.withWebhook(new TelegramSettings.Webhook(8443, "/tg", "hush_hush", java.util.Optional.empty()))
                .toString()).doesNotContain("hush_hush");
    }

    @Test
    void aMalformedTokenOrSecretIsRefusedClearly() {
        assertThatThrownBy(() -> TelegramSettings.polling("not a token", URI.create("http://localhost:1")))
                .hasMessageContaining("TELEGRAM_BOT_TOKEN").hasMessageNotContaining("not a token");
        assertThatThrownBy(() -> new TelegramSettings.Webhook(8443, "/tg", "bad secret!", java.util.Optional.empty()))
                .hasMessageContaining("A-Za-z0-9_-");
    }

    @Test
    void aTokenTelegramRefusesStopsTheStartWithAClearMessage() {
        try (FakeBotApi fake = new FakeBotApi();
                com.zaxxer.hikari.HikariDataSource db = TestDb.sqlite(dir.resolve("wrong.db"))) {
            String wrong = "654321:WRONG-token_abcdefghijklmnopqrstuvwxyz";
            TelegramAdapter adapter = new TelegramAdapter(TelegramSettings.polling(wrong, fake.baseUrl()),
                    JdbcDeliveryLedger.opener(db), java.time.Clock.systemUTC());
            assertThatThrownBy(() -> adapter.start(new MiniDesk(adapter.outbox(), java.time.Clock.systemUTC()).bot))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Telegram refused the bot token")
                    .hasMessageNotContaining(wrong.substring(7));
            adapter.close();
        }
    }

    @Test
    void redactsTokensInText() {
        Redactor r = new Redactor(FakeBotApi.TOKEN);
        assertThat(r.redact("GET http://x/bot" + FakeBotApi.TOKEN + "/getMe failed"))
                .isEqualTo("GET http://x/bot<token>/getMe failed");
        assertThat(r.redact("other 987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")).isEqualTo("other <token>");
    }

    @Test
    void noLogLineCarriesTheTokenEvenWhenCallsFail() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (Harness h = new Harness(dir)) {
            h.fake.failNextPolls(new FakeBotApi.BadGateway(), new FakeBotApi.Timeout());
            h.fake.failNextSends(new FakeBotApi.BadRequest("chat not found"), new FakeBotApi.Timeout());
            h.startMini();
            h.fake.text(GROUP, MEMBER, "Ann", "/ping one");
            h.fake.text(GROUP, MEMBER, "Ann", "/ping two");
            await().atMost(Duration.ofSeconds(20)).until(() -> h.fake.textsTo(GROUP).contains("pong two"));
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list).noneSatisfy(e -> {
            String all = e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
            assertThat(all).contains(FakeBotApi.TOKEN.substring(7));
        });
    }

    @Test
    void theAdaptersWordsExistInBothLanguages() {
        Messages m = new Messages("telegram");
        assertThat(m.keys(UiLanguage.ZH)).isEqualTo(m.keys(UiLanguage.EN));
    }
}
