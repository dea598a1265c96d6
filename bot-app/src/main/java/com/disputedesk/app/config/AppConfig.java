package com.disputedesk.app.config;

import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.remind.SchedulerConfig;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDefaults;
import com.disputedesk.discord.DiscordSettings;
import com.disputedesk.telegram.TelegramSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's settings (config/disputedesk.yml with environment overrides), validated.
 *
 * @param file           the settings file, named in errors found later (a platform's settings at its start)
 * @param storage        where cases live
 * @param evidenceDir    where evidence files are kept
 * @param maxEvidenceBytes the largest evidence file accepted
 * @param dialogExpiry   how long an untouched intake draft is kept
 * @param console        who types on the console
 * @param teams          the teams and the chats they own
 * @param teamDefaults   reminder and digest settings every team starts with (admins change them by /settings)
 * @param scheduler      how the reminder scheduler claims, retries and rechecks
 * @param telegram       the Telegram section, made into the adapter's settings once the token is known
 * @param discord        the Discord section, likewise
 * @param ceilings       the usual largest order amount per currency (section {@code amounts})
 */
public record AppConfig(Path file, Storage storage, Path evidenceDir, long maxEvidenceBytes, Duration dialogExpiry,
                        Console console, List<Team> teams, TeamDefaults teamDefaults, SchedulerConfig scheduler,
                        TelegramSection telegram, DiscordSection discord, AmountCeilings ceilings) {

    /** SQLite file (the embedded default) or a PostgreSQL server. */
    public sealed interface Storage permits Sqlite, Postgres {
    }

    public record Sqlite(Path file) implements Storage {
    }

    /** The password comes from the environment ({@code DISPUTEDESK_STORAGE_POSTGRES_PASSWORD}). */
    public record Postgres(String url, String user, String password) implements Storage {
        @Override
        public String toString() {
            return "Postgres[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    /**
     * The console chat's member.
     *
     * @param userId      the member id (admins list it as "console:&lt;id&gt;")
     * @param displayName the name shown
     */
    public record Console(String userId, String displayName) {
    }

    /** The folder of disputedesk.yml; playbook.yml and templates/ are read from it. */
    public Path configDir() {
        return file.toAbsolutePath().getParent();
    }

    /**
     * The Telegram adapter's settings with the secrets from the environment.
     *
     * @throws ConfigException when the section cannot be used with them (webhook mode without its secret)
     */
    public TelegramSettings telegramSettings(String token, Optional<String> webhookSecret) {
        try {
            return telegram.settings(token, webhookSecret);
        } catch (SettingProblem e) {
            throw new ConfigException(file + ": telegram." + e.key() + ": " + e.getMessage());
        }
    }

    /**
     * How long a Telegram poller's lease outlives its last renewal: with several processes on one database, how
     * long the others wait before one takes over polling from a process that died.
     */
    public Duration telegramPollerLease() {
        return telegram.pollerLease();
    }

    /** The bot's Discord shards: how many, which this process may run, how long a shard lease outlives its holder. */
    public DiscordSection.Shards discordShards() {
        return discord.shards();
    }

    /** The Discord adapter's settings with the token from the environment. */
    public DiscordSettings discordSettings(String token) {
        try {
            return discord.settings(token);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": discord: " + e.getMessage());
        }
    }

    /** Relative paths are read from the folder the bot is started in. */
    static AppConfig from(Path file, ConfigFile f) {
        Path workDir = Path.of("").toAbsolutePath();
        ConfigFile.Storage s = f.storage();
        Storage storage = s.kind().equals("postgres")
                ? new Postgres(s.postgres().url(), s.postgres().user(), s.postgres().password())
                : new Sqlite(workDir.resolve(s.sqliteFile()));
        return new AppConfig(file, storage, workDir.resolve(f.evidence().folder()), f.evidence().maxBytes(),
                f.dialogs().expireAfter(), new Console(f.console().memberId(), f.console().memberName()),
                teams(file, f.teams()), f.reminders().teamDefaults(), f.reminders().scheduler().config(),
                f.telegram(), f.discord(), f.amounts().ceilings());
    }

    /** What no single team can check: there is one, ids are unique, and no chat belongs to two. */
    private static List<Team> teams(Path file, List<ConfigFile.TeamEntry> entries) {
        if (entries.isEmpty()) {
            throw new ConfigException(file + ": teams: at least one team is required");
        }
        List<Team> teams = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> chatsSeen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ConfigFile.TeamEntry t = entries.get(i);
            if (!ids.add(t.id())) {
                throw new ConfigException(file + ": teams[" + i + "].id: two teams are named '" + t.id() + "'");
            }
            for (String chat : t.chats()) {
                if (!chatsSeen.add(chat)) {
                    throw new ConfigException(file + ": teams[" + i + "].chats: chat " + chat
                            + " belongs to two teams");
                }
            }
            teams.add(new Team(t.id(), t.name(), t.language(), t.zone(), new LinkedHashSet<>(t.chats()),
                    new LinkedHashSet<>(t.members()), new LinkedHashSet<>(t.admins())));
        }
        return List.copyOf(teams);
    }
}
