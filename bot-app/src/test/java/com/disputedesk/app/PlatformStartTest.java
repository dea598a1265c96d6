package com.disputedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.config.ConfigException;
import com.disputedesk.app.config.ConfigLoader;
import com.disputedesk.app.platform.Secrets;
import com.disputedesk.discord.fake.FakeDiscord;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a platform token in the environment the application serves that platform (here: a local fake Bot API). */
class PlatformStartTest {
    private static final long GROUP = -100777;

    @TempDir
    Path dir;
    FakeBotApi telegram;

    @BeforeEach
    void start() {
        telegram = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("DISPUTEDESK_STORAGE_SQLITE_FILE", dir.resolve("desk.db").toString());
        env.put("DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("evidence").toString());
        env.put("DISPUTEDESK_TEAMS_0_CHATS_0", "telegram:" + GROUP);
        env.put("DISPUTEDESK_TELEGRAM_API_BASE_URL", telegram.baseUrl().toString());
        env.put("DISPUTEDESK_TELEGRAM_POLL_TIMEOUT", "2s");
        env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
        return env;
    }

    private DeskApp app(Map<String, String> env) {
        AppConfig config = ConfigLoader.load(Path.of("../config/disputedesk.yml"), env);
        DeskApp app = new DeskApp(config, Secrets.from(env), Clock.systemUTC());
        app.assemble();
        return app;
    }

    @Test
    void aTelegramTokenConnectsTheTeamsGroupToTheDesk() {
        try (DeskApp app = app(env())) {
            assertThat(app.startPlatforms()).isTrue();

            telegram.text(GROUP, 42, "Ann", "/help");

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> telegram.textsTo(GROUP).stream().anyMatch(t -> t.contains("/new")));
            assertThat(telegram.calls("setMyCommands")).hasSize(2);
        }
    }

    @Test
    void aDiscordTokenServesTheTeamsGuildToItsStaff() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            Path config = dir.resolve("config");
            ConsoleChatTest.copy(Path.of("../config"), config);
            Path file = config.resolve("disputedesk.yml");
            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                    .replace("      - console:console", "      - console:console\n      - discord:" + FakeDiscord.GUILD)
                    + "\ndiscord:\n  guilds:\n    - id: \"" + FakeDiscord.GUILD + "\"\n      staff-role: \""
                    + FakeDiscord.STAFF_ROLE + "\"\n");
            Map<String, String> env = new HashMap<>();
            env.put("DISPUTEDESK_STORAGE_SQLITE_FILE", dir.resolve("desk.db").toString());
            env.put("DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("evidence").toString());
            env.put("DISPUTEDESK_DISCORD_REST_URL", discord.restBase());
            env.put("DISPUTEDESK_DISCORD_GATEWAY_URL", discord.gatewayUrl());
            env.put("DISCORD_BOT_TOKEN", "test-token");
            AppConfig loaded = ConfigLoader.load(file, env);
            try (DeskApp app = new DeskApp(loaded, Secrets.from(env), Clock.systemUTC())) {
                app.assemble();
                app.startPlatforms();

                FakeDiscord.Person staff = new FakeDiscord.Person("2001", "Alice", List.of(FakeDiscord.STAFF_ROLE));
                FakeDiscord.Interaction help = discord.interaction(2, staff).slash("help").send();

                await().atMost(Duration.ofSeconds(10)).until(() -> !discord.answersTo(help).isEmpty());
                assertThat(discord.answersTo(help).get(0).message().path("content").asText()).contains("/new");
            }
        }
    }

    @Test
    void webhookModeWithoutItsSecretStopsTheStartWithAClearMessage() {
        Map<String, String> env = env();
        env.put("DISPUTEDESK_TELEGRAM_MODE", "webhook");
        try (DeskApp app = app(env)) {
            assertThatThrownBy(app::startPlatforms)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("telegram.mode: webhook mode needs TELEGRAM_WEBHOOK_SECRET");
        }
    }

    @Test
    void aMalformedTokenIsRefusedWithoutBeingPrinted() {
        Map<String, String> env = env();
        env.put("TELEGRAM_BOT_TOKEN", "not a token");
        try (DeskApp app = app(env)) {
            assertThatThrownBy(app::startPlatforms)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("TELEGRAM_BOT_TOKEN")
                    .hasMessageNotContaining("not a token");
        }
    }
}
