package com.disputedesk.app.config;

import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.remind.SchedulerConfig;
import com.disputedesk.core.team.QuietHours;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDefaults;
import com.disputedesk.core.team.UiLanguage;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads config/disputedesk.yml, applies environment overrides, and validates every setting. */
public final class ConfigLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> PLATFORMS = Set.of("console", "telegram", "discord");

    private ConfigLoader() {
    }

    public static AppConfig load(Path file, Map<String, String> env) {
        String name = file.toString();
        JsonNode tree;
        try {
            tree = YAML.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new ConfigException(name + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            tree = YAML.createObjectNode();
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ConfigException(name + ": must be a map of settings");
        }
        refuseSecrets(name, root);
        ConfigNode top = ConfigNode.root(name, root, env);
        Path base = file.toAbsolutePath().getParent();
        Path workDir = Path.of("").toAbsolutePath();

        ConfigNode storage = top.get("storage");
        String kind = storage.get("kind").string("sqlite");
        AppConfig.Storage store = switch (kind) {
            case "sqlite" -> new AppConfig.Sqlite(workDir.resolve(storage.get("sqlite-file").string("data/disputedesk.db")));
            case "postgres" -> {
                ConfigNode pg = storage.get("postgres");
                yield new AppConfig.Postgres(pg.get("url").string(), pg.get("user").string(),
                        pg.get("password").string(""));
            }
            default -> throw storage.get("kind").error("must be sqlite or postgres, got '" + kind + "'");
        };

        ConfigNode evidence = top.get("evidence");
        Path evidenceDir = workDir.resolve(evidence.get("folder").string("data/evidence"));
        long maxBytes = evidence.get("max-bytes").longValue(20_000_000L, 1_000, 2_000_000_000L);
        Duration expiry = top.get("dialogs").get("expire-after").duration(Duration.ofHours(24));
        ConfigNode consoleNode = top.get("console");
        AppConfig.Console console = new AppConfig.Console(consoleNode.get("member-id").string("operator"),
                consoleNode.get("member-name").string("Operator"));
        List<Team> teams = teams(top.get("teams"));
        ConfigNode reminders = top.get("reminders");
        return new AppConfig(base, store, evidenceDir, maxBytes, expiry, console, teams, teamDefaults(reminders),
                scheduler(reminders.get("scheduler")), top);
    }

    private static TeamDefaults teamDefaults(ConfigNode node) {
        TeamDefaults d = TeamDefaults.standard();
        ConfigNode quietNode = node.get("quiet-hours");
        Optional<QuietHours> quiet = d.quietHours();
        if (quietNode.isPresent()) {
            String q = quietNode.string();
            quiet = isOff(q) ? Optional.empty() : Optional.of(QuietHours.parse(q)
                    .orElseThrow(() -> quietNode.error("must be off or two times like 22:00-07:00, got '" + q + "'")));
        }
        ConfigNode digestNode = node.get("digest-time");
        Optional<LocalTime> digest = d.digestTime();
        if (digestNode.isPresent()) {
            String t = digestNode.string();
            digest = isOff(t) ? Optional.empty() : Optional.of(digestNode.time(LocalTime.of(9, 0)));
        }
        List<Duration> leads = d.deadlineLeads();
        List<ConfigNode> leadNodes = node.get("deadline-leads").items();
        if (!leadNodes.isEmpty()) {
            leads = leadNodes.stream().map(n -> n.duration(Duration.ZERO)).toList();
        }
        return new TeamDefaults(quiet, digest, node.get("follow-up-after").duration(d.followUpFirst()),
                node.get("follow-up-every").duration(d.followUpEvery()), leads,
                node.get("overdue-every").duration(d.overdueEvery()), node.get("morning").time(d.morning()));
    }

    /** "off", and what YAML makes of an unquoted off. */
    private static boolean isOff(String value) {
        return value.equalsIgnoreCase("off") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("no");
    }

    private static SchedulerConfig scheduler(ConfigNode node) {
        SchedulerConfig d = SchedulerConfig.standard();
        return new SchedulerConfig(node.get("lease").duration(d.lease()),
                (int) node.get("batch").longValue(d.batch(), 1, 10_000), node.get("late-after").duration(d.lateAfter()),
                node.get("retry-first").duration(d.retryFirst()), node.get("retry-max").duration(d.retryMax()),
                node.get("idle-recheck").duration(d.idleRecheck()));
    }

    private static List<Team> teams(ConfigNode node) {
        List<ConfigNode> items = node.items();
        if (items.isEmpty()) {
            throw node.error("at least one team is required");
        }
        List<Team> teams = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> chatsSeen = new HashSet<>();
        for (ConfigNode t : items) {
            String id = t.get("id").string();
            if (!id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
                throw t.get("id").error("must be 1-32 lower-case letters, digits or '-', got '" + id + "'");
            }
            if (!ids.add(id)) {
                throw t.get("id").error("two teams are named '" + id + "'");
            }
            String lang = t.get("language").string("en");
            UiLanguage language = Coded.parse(UiLanguage.class, lang)
                    .orElseThrow(() -> t.get("language").error("must be en or zh, got '" + lang + "'"));
            ZoneId zone = t.get("zone").zone(ZoneId.of("UTC"));
            Set<String> chats = keys(t.get("chats"));
            for (String chat : chats) {
                if (!chatsSeen.add(chat)) {
                    throw t.get("chats").error("chat " + chat + " belongs to two teams");
                }
            }
            teams.add(new Team(id, t.get("name").string(id), language, zone, chats, keys(t.get("members")),
                    keys(t.get("admins"))));
        }
        return teams;
    }

    /** "platform:id" keys, checked. */
    private static Set<String> keys(ConfigNode list) {
        Set<String> out = new LinkedHashSet<>();
        for (ConfigNode item : list.items()) {
            String key = item.string().trim();
            int colon = key.indexOf(':');
            if (colon < 1 || colon == key.length() - 1 || !PLATFORMS.contains(key.substring(0, colon))) {
                throw item.error("must look like telegram:<id>, discord:<id> or console:<id>, got '" + key + "'");
            }
            out.add(key);
        }
        return out;
    }

    private static void refuseSecrets(String file, ObjectNode root) {
        for (String platform : List.of("telegram", "discord")) {
            JsonNode section = root.path(platform);
            for (String secret : List.of("token", "webhook-secret")) {
                if (section.has(secret)) {
                    throw new ConfigException(file + ": " + platform + "." + secret
                            + ": secrets are read only from the environment, never from a file; remove it");
                }
            }
        }
        if (root.path("storage").path("postgres").has("password")) {
            throw new ConfigException(file + ": storage.postgres.password: set DISPUTEDESK_STORAGE_POSTGRES_PASSWORD"
                    + " in the environment instead");
        }
    }
}
