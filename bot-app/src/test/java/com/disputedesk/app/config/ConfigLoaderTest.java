package com.disputedesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.UiLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("disputedesk.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private static final String TEAM = """
            teams:
              - id: shop
                name: Shop
                language: zh
                zone: Europe/Warsaw
                chats: [telegram:-100123, console:console]
                members: [telegram:42]
                admins: [telegram:42]
            """;

    @Test
    void shippedFileStartsOnSqliteAndTheConsole() {
        AppConfig config = ConfigLoader.load(Path.of("../config/disputedesk.yml"), Map.of());

        assertThat(config.storage()).isInstanceOf(AppConfig.Sqlite.class);
        assertThat(((AppConfig.Sqlite) config.storage()).file().toString()).endsWith("data/disputedesk.db");
        assertThat(config.teams()).extracting(Team::id).containsExactly("my-shop");
        assertThat(config.teams().get(0).chats()).contains("console:console");
        assertThat(config.dialogExpiry()).isEqualTo(Duration.ofHours(24));
        assertThat(config.teamDefaults()).isEqualTo(com.disputedesk.core.team.TeamDefaults.standard());
        assertThat(config.scheduler()).isEqualTo(com.disputedesk.core.remind.SchedulerConfig.standard());
    }

    @Test
    void reminderSettingsAreReadAndChecked() throws IOException {
        AppConfig config = ConfigLoader.load(write(TEAM + """
                reminders:
                  quiet-hours: 22:00-07:00
                  digest-time: "off"
                  deadline-leads: [12h, 72h]
                  overdue-every: 2h
                """), Map.of("DISPUTEDESK_REMINDERS_FOLLOW_UP_AFTER", "6h"));

        assertThat(config.teamDefaults().quietHours()).map(Object::toString).contains("22:00-07:00");
        assertThat(config.teamDefaults().digestTime()).isEmpty();
        assertThat(config.teamDefaults().deadlineLeads()).containsExactly(Duration.ofHours(72), Duration.ofHours(12));
        assertThat(config.teamDefaults().overdueEvery()).isEqualTo(Duration.ofHours(2));
        assertThat(config.teamDefaults().followUpFirst()).isEqualTo(Duration.ofHours(6));

        Path bad = write(TEAM + "reminders:\n  quiet-hours: nights\n");
        assertThatThrownBy(() -> ConfigLoader.load(bad, Map.of()))
                .hasMessageContaining("reminders.quiet-hours: must be off or two times like 22:00-07:00, got 'nights'");
    }

    @Test
    void readsTeamsWithTheirChatsLanguageAndZone() throws IOException {
        AppConfig config = ConfigLoader.load(write(TEAM), Map.of());

        Team team = config.teams().get(0);
        assertThat(team.language()).isEqualTo(UiLanguage.ZH);
        assertThat(team.zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
        assertThat(team.chats()).containsExactlyInAnyOrder("telegram:-100123", "console:console");
        assertThat(team.admins()).containsExactly("telegram:42");
    }

    @Test
    void environmentOverridesAnySettingIncludingListItems() throws IOException {
        AppConfig config = ConfigLoader.load(write(TEAM + "dialogs:\n  expire-after: 2h\n"), Map.of(
                "DISPUTEDESK_DIALOGS_EXPIRE_AFTER", "30m",
                "DISPUTEDESK_TEAMS_0_ZONE", "America/Sao_Paulo",
                "DISPUTEDESK_STORAGE_KIND", "postgres",
                "DISPUTEDESK_STORAGE_POSTGRES_URL", "jdbc:postgresql://db/desk",
                "DISPUTEDESK_STORAGE_POSTGRES_USER", "desk",
                "DISPUTEDESK_STORAGE_POSTGRES_PASSWORD", "s3cret"));

        assertThat(config.dialogExpiry()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.teams().get(0).zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        assertThat(config.storage()).isEqualTo(new AppConfig.Postgres("jdbc:postgresql://db/desk", "desk", "s3cret"));
        assertThat(config.storage().toString()).doesNotContain("s3cret");
    }

    @Test
    void refusesATokenWrittenInTheFile() throws IOException {
        Path file = write(TEAM + "telegram:\n  token: 123:abc\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("telegram.token")
                .hasMessageContaining("only from the environment")
                .hasMessageNotContaining("123:abc");
    }

    @Test
    void badSettingsNameTheFileTheSettingAndTheProblem() throws IOException {
        Path badZone = write(TEAM.replace("Europe/Warsaw", "Mars/Base"));
        assertThatThrownBy(() -> ConfigLoader.load(badZone, Map.of()))
                .hasMessageContaining("disputedesk.yml: teams[0].zone: unknown time zone 'Mars/Base'");

        Path badChat = write(TEAM.replace("telegram:-100123", "slack:general"));
        assertThatThrownBy(() -> ConfigLoader.load(badChat, Map.of()))
                .hasMessageContaining("teams[0].chats[0]: must look like telegram:<id>");

        Path badLang = write(TEAM.replace("language: zh", "language: fr"));
        assertThatThrownBy(() -> ConfigLoader.load(badLang, Map.of()))
                .hasMessageContaining("teams[0].language: must be en or zh, got 'fr'");

        Path noTeams = write("storage:\n  kind: sqlite\n");
        assertThatThrownBy(() -> ConfigLoader.load(noTeams, Map.of()))
                .hasMessageContaining("teams: at least one team is required");

        Path badExpiry = write(TEAM + "dialogs:\n  expire-after: soon\n");
        assertThatThrownBy(() -> ConfigLoader.load(badExpiry, Map.of()))
                .hasMessageContaining("dialogs.expire-after: must be a duration like 500ms, 30s, 24h");

        Path sharedChat = write(TEAM + """
                  - id: other
                    chats: [telegram:-100123]
                """);
        assertThatThrownBy(() -> ConfigLoader.load(sharedChat, Map.of()))
                .hasMessageContaining("teams[1].chats: chat telegram:-100123 belongs to two teams");

        Path broken = write("teams: [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.load(broken, Map.of()))
                .hasMessageContaining("not valid YAML");
    }
}
