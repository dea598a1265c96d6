package com.disputedesk.app.config;

import com.disputedesk.core.remind.SchedulerConfig;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDefaults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The operator's settings (config/disputedesk.yml with environment overrides), validated.
 *
 * @param configDir      the folder of disputedesk.yml; playbook.yml and templates/ are read from it
 * @param storage        where cases live
 * @param evidenceDir    where evidence files are kept
 * @param maxEvidenceBytes the largest evidence file accepted
 * @param dialogExpiry   how long an untouched intake draft is kept
 * @param console        who types on the console
 * @param teams          the teams and the chats they own
 * @param teamDefaults   reminder and digest settings every team starts with (admins change them by /settings)
 * @param scheduler      how the reminder scheduler claims, retries and rechecks
 * @param sections       the whole tree, for the platform sections read by their own settings types
 */
public record AppConfig(Path configDir, Storage storage, Path evidenceDir, long maxEvidenceBytes,
                        Duration dialogExpiry, Console console, List<Team> teams, TeamDefaults teamDefaults,
                        SchedulerConfig scheduler, ConfigNode sections) {

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
}
