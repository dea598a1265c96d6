package com.disputedesk.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
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
    void amountCeilingsDefaultPerCurrencyAndTakeOverridesFromFileAndEnvironment() throws IOException {
        AppConfig shipped = ConfigLoader.load(Path.of("../config/disputedesk.yml"), Map.of());
        assertThat(shipped.ceilings().of(Currency.getInstance("USD"))).isEqualTo(Money.of("100000", "USD"));
        assertThat(shipped.ceilings().of(Currency.getInstance("JPY"))).isEqualTo(Money.of("15000000", "JPY"));
        assertThat(shipped.ceilings()).isEqualTo(AmountCeilings.standard());

        AppConfig config = ConfigLoader.load(write(TEAM + """
                amounts:
                  ceiling: 5000
                  currency-ceilings:
                    - currency: jpy
                      ceiling: 900000
                """), Map.of("DISPUTEDESK_AMOUNTS_CURRENCY_CEILINGS_0_CEILING", "800000"));

        assertThat(config.ceilings().of(Currency.getInstance("EUR"))).isEqualTo(Money.of("5000", "EUR"));
        assertThat(config.ceilings().of(Currency.getInstance("JPY"))).isEqualTo(Money.of("800000", "JPY"));
        assertThat(config.ceilings().of(Currency.getInstance("KRW"))).isEqualTo(Money.of("130000000", "KRW"));
    }

    @Test
    void aBadAmountCeilingNamesTheSetting() throws IOException {
        Path metal = write(TEAM + "amounts:\n  currency-ceilings:\n    - currency: XAU\n      ceiling: 10\n");
        assertThatThrownBy(() -> ConfigLoader.load(metal, Map.of()))
                .hasMessageContaining("amounts.currency-ceilings[0].currency: 'XAU' is not an ISO 4217 currency"
                        + " in circulation");
        Path zero = write(TEAM + "amounts:\n  ceiling: 0\n");
        assertThatThrownBy(() -> ConfigLoader.load(zero, Map.of()))
                .hasMessageContaining("amounts.ceiling: must be more than zero");
        Path twice = write(TEAM + "amounts:\n  currency-ceilings:\n    - {currency: JPY, ceiling: 10}\n"
                + "    - {currency: JPY, ceiling: 20}\n");
        assertThatThrownBy(() -> ConfigLoader.load(twice, Map.of()))
                .hasMessageContaining("JPY is listed twice");
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

    @Test
    void aMistypedKeyIsRefusedWithTheNearestValidOne() throws IOException {
        Path typo = write(TEAM.replace("zone:", "zoen:"));
        assertThatThrownBy(() -> ConfigLoader.load(typo, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(typo + ": teams[0].zoen: unknown setting; did you mean 'zone'?");

        Path underscore = write(TEAM + "storage:\n  sqlite_file: shop.db\n");
        assertThatThrownBy(() -> ConfigLoader.load(underscore, Map.of()))
                .hasMessage(underscore + ": storage.sqlite_file: unknown setting; did you mean 'sqlite-file'?");

        Path topLevel = write(TEAM + "remiders:\n  overdue-every: 2h\n");
        assertThatThrownBy(() -> ConfigLoader.load(topLevel, Map.of()))
                .hasMessage(topLevel + ": remiders: unknown setting; did you mean 'reminders'?");
    }

    @Test
    void anUnknownKeyWithNothingCloseListsWhatTheSectionTakesWithoutGuessing() throws IOException {
        Path file = write(TEAM.replace("language: zh", "colour: red"));

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
                .hasMessage(file + ": teams[0].colour: unknown setting"
                        + " (this section takes: admins, chats, id, language, members, name, zone)");
    }

    @Test
    void aMistypedEnvironmentOverrideIsRefusedWithTheNearestVariable() throws IOException {
        Path file = write(TEAM);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_STORAGE_KYND", "postgres")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("environment: DISPUTEDESK_STORAGE_KYND: unknown setting;"
                        + " did you mean DISPUTEDESK_STORAGE_KIND?");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_TEAMS_0_ZOEN", "UTC")))
                .hasMessage("environment: DISPUTEDESK_TEAMS_0_ZOEN: unknown setting;"
                        + " did you mean DISPUTEDESK_TEAMS_0_ZONE?");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_REMINDERS_FOLLOWUP_AFTER", "6h")))
                .hasMessage("environment: DISPUTEDESK_REMINDERS_FOLLOWUP_AFTER: unknown setting;"
                        + " did you mean DISPUTEDESK_REMINDERS_FOLLOW_UP_AFTER?");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_WEATHER", "sunny")))
                .hasMessage("environment: DISPUTEDESK_WEATHER: unknown setting");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_TEAMS_ZONE", "UTC")))
                .hasMessage("environment: DISPUTEDESK_TEAMS_ZONE: unknown setting;"
                        + " name an item of the list by its number, e.g. DISPUTEDESK_TEAMS_0_ZONE");
    }

    @Test
    void launcherVariablesAreNotSettings() throws IOException {
        AppConfig config = ConfigLoader.load(write(TEAM), Map.of(
                "DISPUTEDESK_CONFIG", "elsewhere.yml", "DISPUTEDESK_LOG_LEVEL", "DEBUG"));

        assertThat(config.teams()).extracting(Team::id).containsExactly("shop");
    }

    @Test
    void aSecretUnderASettingsVariableIsPointedToItsOwnVariable() throws IOException {
        Path file = write(TEAM);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_TELEGRAM_TOKEN", "123:abc")))
                .hasMessage("environment: DISPUTEDESK_TELEGRAM_TOKEN: secrets have their own variable;"
                        + " set TELEGRAM_BOT_TOKEN instead");
    }

    @Test
    void aValueOfTheWrongFormNamesThePathAndTheExpectedForm() throws IOException {
        Path number = write(TEAM + "evidence:\n  max-bytes: lots\n");
        assertThatThrownBy(() -> ConfigLoader.load(number, Map.of()))
                .hasMessage(number + ": evidence.max-bytes: must be a whole number, got 'lots'");

        Path flag = write(TEAM + "discord:\n  global-commands: maybe\n");
        assertThatThrownBy(() -> ConfigLoader.load(flag, Map.of()))
                .hasMessage(flag + ": discord.global-commands: must be true or false, got 'maybe'");

        Path section = write(TEAM + "storage: postgres\n");
        assertThatThrownBy(() -> ConfigLoader.load(section, Map.of()))
                .hasMessage(section + ": storage: must be a section of settings, got 'postgres'");

        Path list = write(TEAM + "dialogs:\n  expire-after: [2h, 4h]\n");
        assertThatThrownBy(() -> ConfigLoader.load(list, Map.of()))
                .hasMessage(list + ": dialogs.expire-after: must be a duration like 500ms, 30s, 24h, 7d or PT24H,"
                        + " not a list");

        Path range = write(TEAM + "reminders:\n  scheduler:\n    batch: 0\n");
        assertThatThrownBy(() -> ConfigLoader.load(range, Map.of()))
                .hasMessage(range + ": reminders.scheduler.batch: must be between 1 and 10000, got 0");
    }

    @Test
    void aWrongValueFromTheEnvironmentNamesItsVariable() throws IOException {
        Path file = write(TEAM);

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_EVIDENCE_MAX_BYTES", "lots")))
                .hasMessage(file + ": evidence.max-bytes: must be a whole number, got 'lots';"
                        + " the value comes from DISPUTEDESK_EVIDENCE_MAX_BYTES");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_STORAGE_KIND", "mysql")))
                .hasMessage(file + ": storage.kind: must be sqlite or postgres, got 'mysql';"
                        + " the value comes from DISPUTEDESK_STORAGE_KIND");
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_STORAGE_KIND", "postgres")))
                .hasMessage(file + ": storage.postgres.url: is required when kind is postgres");
    }

    @Test
    void theEnvironmentMaySetAWholeListAndAddATeam() throws IOException {
        AppConfig config = ConfigLoader.load(write(TEAM), Map.of(
                "DISPUTEDESK_REMINDERS_DEADLINE_LEADS", "2h, 30m",
                "DISPUTEDESK_TEAMS_1_ID", "second",
                "DISPUTEDESK_TEAMS_1_CHATS", "telegram:-200,telegram:-300",
                "DISPUTEDESK_TEAMS_1_ZONE", "Asia/Tokyo",
                "DISPUTEDESK_DIALOGS_EXPIRE_AFTER", ""));

        assertThat(config.teamDefaults().deadlineLeads()).containsExactly(Duration.ofHours(2), Duration.ofMinutes(30));
        assertThat(config.teams()).extracting(Team::id).containsExactly("shop", "second");
        assertThat(config.teams().get(1).chats()).containsExactlyInAnyOrder("telegram:-200", "telegram:-300");
        assertThat(config.teams().get(1).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(config.dialogExpiry()).as("a blank variable counts as unset").isEqualTo(Duration.ofHours(24));

        Path file = write(TEAM);
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("DISPUTEDESK_TEAMS_3_ZONE", "UTC")))
                .hasMessage("environment: DISPUTEDESK_TEAMS_3_ZONE: the list has 1 item, so a new one is number 1");
    }

    @Test
    void leftOutSettingsTakeTheDocumentedDefaults() throws IOException {
        AppConfig config = ConfigLoader.load(write("teams:\n  - id: shop\n"), Map.of());

        Team team = config.teams().get(0);
        assertThat(team.name()).isEqualTo("shop");
        assertThat(team.language()).isEqualTo(UiLanguage.EN);
        assertThat(team.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.storage()).isInstanceOf(AppConfig.Sqlite.class);
        assertThat(config.maxEvidenceBytes()).isEqualTo(20_000_000L);
        assertThat(config.console()).isEqualTo(new AppConfig.Console("operator", "Operator"));
        assertThat(config.teamDefaults()).isEqualTo(com.disputedesk.core.team.TeamDefaults.standard());
        assertThat(config.telegramSettings("123:abc", java.util.Optional.empty()))
                .isEqualTo(com.disputedesk.telegram.TelegramSettings.polling("123:abc",
                        com.disputedesk.telegram.TelegramSettings.OFFICIAL_API));
        assertThat(config.discordSettings("token"))
                .isEqualTo(com.disputedesk.discord.DiscordSettings.of("token", Map.of()));
    }

    @Test
    void platformSectionsAreCheckedAtLoadAndJoinTheirSecretsAtStart() throws IOException {
        AppConfig config = ConfigLoader.load(write(TEAM + """
                telegram:
                  mode: webhook
                  webhook:
                    port: 9443
                    public-url: https://desk.example.com/telegram
                  workers: 2
                  poller-lease: 45s
                discord:
                  guilds:
                    - id: "123456789012345678"
                      staff-role: "234567890123456789"
                      digest-channel: "345678901234567890"
                      cases-channel: "456789012345678901"
                    - id: "223456789012345678"
                      staff-role: "234567890123456789"
                  public-channels: yes
                """), Map.of());

        var telegram = config.telegramSettings("123:abc", java.util.Optional.of("s3cret"));
        assertThat(telegram.mode()).isEqualTo(com.disputedesk.telegram.TelegramSettings.Mode.WEBHOOK);
        assertThat(telegram.webhook().port()).isEqualTo(9443);
        assertThat(telegram.webhook().publicUrl()).contains(java.net.URI.create("https://desk.example.com/telegram"));
        assertThat(telegram.workers()).isEqualTo(2);
        assertThat(config.telegramPollerLease()).isEqualTo(java.time.Duration.ofSeconds(45));
        var discord = config.discordSettings("token");
        assertThat(discord.staffRoles()).containsEntry("123456789012345678", "234567890123456789");
        assertThat(discord.publicChannels()).isTrue();
        assertThat(discord.digestChannels()).containsExactly(Map.entry("123456789012345678", "345678901234567890"));
        assertThat(discord.casesChannels()).containsExactly(Map.entry("123456789012345678", "456789012345678901"));
        Path typo = write(TEAM + "discord:\n  guilds:\n    - id: \"123\"\n      staff-role: \"234\"\n"
                + "      digest-chanel: \"345\"\n");
        assertThatThrownBy(() -> ConfigLoader.load(typo, Map.of())).hasMessage(typo
                + ": discord.guilds[0].digest-chanel: unknown setting; did you mean 'digest-channel'?");
        Path badChannel = write(TEAM + "discord:\n  guilds:\n    - id: \"123\"\n      staff-role: \"234\"\n"
                + "      digest-channel: disputes\n");
        assertThatThrownBy(() -> ConfigLoader.load(badChannel, Map.of())).hasMessage(badChannel
                + ": discord.guilds[0].digest-channel: must be a Discord id (a number, quoted), got 'disputes'");
        Path badCases = write(TEAM + "discord:\n  guilds:\n    - id: \"123\"\n      staff-role: \"234\"\n"
                + "      cases-channel: \"#cases\"\n");
        assertThatThrownBy(() -> ConfigLoader.load(badCases, Map.of())).hasMessage(badCases
                + ": discord.guilds[0].cases-channel: must be a Discord id (a number, quoted), got '#cases'");

        Path badGuild = write(TEAM + "discord:\n  guilds:\n    - id: \"123\"\n      staff-role: admins\n");
        assertThatThrownBy(() -> ConfigLoader.load(badGuild, Map.of()))
                .hasMessage(badGuild + ": discord.guilds[0].staff-role: must be a Discord id (a number, quoted),"
                        + " got 'admins'");
        Path badPath = write(TEAM + "telegram:\n  webhook:\n    path: hook\n");
        assertThatThrownBy(() -> ConfigLoader.load(badPath, Map.of()))
                .hasMessage(badPath + ": telegram.webhook.path: must start with /, got 'hook'");
        Path badLease = write(TEAM + "telegram:\n  poller-lease: 0s\n");
        assertThatThrownBy(() -> ConfigLoader.load(badLease, Map.of()))
                .hasMessage(badLease + ": telegram.poller-lease: must be longer than zero, got '0s'");
    }

    @Test
    void discordShardsDefaultToOneProcessRunningTheOnlyShardAndAreCheckedAtLoad() throws IOException {
        AppConfig defaults = ConfigLoader.load(write(TEAM), Map.of());
        assertThat(defaults.discordShards().plan().total()).isEqualTo(1);
        assertThat(defaults.discordShards().plan().run()).containsExactly(0);
        assertThat(defaults.discordShards().lease()).isEqualTo(java.time.Duration.ofSeconds(30));

        AppConfig split = ConfigLoader.load(write(TEAM + """
                discord:
                  shards:
                    total: 4
                    run: 0-1,3
                    lease: 10s
                """), Map.of());
        assertThat(split.discordShards().plan().run()).containsExactly(0, 1, 3);
        assertThat(split.discordShards().lease()).isEqualTo(java.time.Duration.ofSeconds(10));

        Path missing = write(TEAM + "discord:\n  shards:\n    total: 2\n    run: \"2\"\n");
        assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of())).hasMessage(missing
                + ": discord.shards.run: shard 2 does not exist; with 2 shard(s) in all they are 0 to 1");
        Path words = write(TEAM + "discord:\n  shards:\n    run: first\n");
        assertThatThrownBy(() -> ConfigLoader.load(words, Map.of())).hasMessage(words
                + ": discord.shards.run: 'first' is not a shard id; write all, or ids and ranges such as 0,2 or 0-3");
    }
}
