package com.disputedesk.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A node of the configuration tree that knows its own path, so every error says exactly which setting is wrong:
 * "config/disputedesk.yml: teams[0].zone: unknown time zone 'Mars/Base'".
 *
 * <p>Environment variables override values: the variable for {@code storage.sqlite-file} is
 * {@code DISPUTEDESK_STORAGE_SQLITE_FILE}, for {@code teams[0].zone} it is {@code DISPUTEDESK_TEAMS_0_ZONE}
 * (the path in upper case, every other character '_'). The override is looked up when a value is read, so a
 * setting absent from the file can still be given (secrets such as the PostgreSQL password come in that way).
 */
public final class ConfigNode {
    static final String ENV_PREFIX = "DISPUTEDESK_";

    private final String file;
    private final String path;
    private final String envName;
    private final JsonNode node;
    private final Map<String, String> env;

    ConfigNode(String file, String path, String envName, JsonNode node, Map<String, String> env) {
        this.file = file;
        this.path = path;
        this.envName = envName;
        String override = envName.isEmpty() ? null : env.get(ENV_PREFIX + envName);
        this.node = override != null ? TextNode.valueOf(override) : node == null ? MissingNode.getInstance() : node;
        this.env = env;
    }

    static ConfigNode root(String file, JsonNode tree, Map<String, String> env) {
        return new ConfigNode(file, "", "", tree, env);
    }

    public ConfigNode get(String field) {
        String name = field.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return new ConfigNode(file, path.isEmpty() ? field : path + "." + field,
                envName.isEmpty() ? name : envName + "_" + name, node.path(field), env);
    }

    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    public List<ConfigNode> items() {
        if (!isPresent()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error("must be a list");
        }
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(new ConfigNode(file, path + "[" + i + "]", envName + "_" + i, node.get(i), env));
        }
        return out;
    }

    public List<String> strings() {
        return items().stream().map(ConfigNode::string).toList();
    }

    public String string() {
        if (!isPresent()) {
            throw error("is required");
        }
        if (!node.isValueNode()) {
            throw error("must be a single value");
        }
        return node.asText();
    }

    public Optional<String> optionalString() {
        if (!isPresent() || node.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(string());
    }

    public String string(String fallback) {
        return optionalString().orElse(fallback);
    }

    public long longValue(long fallback, long min, long max) {
        if (!isPresent()) {
            return fallback;
        }
        long v;
        try {
            v = Long.parseLong(node.asText().trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("must be a whole number, got '" + node.asText() + "'");
        }
        if (v < min || v > max) {
            throw error("must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    public boolean bool(boolean fallback) {
        if (!isPresent()) {
            return fallback;
        }
        String t = node.asText().trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("yes")) {
            return true;
        }
        if (t.equals("false") || t.equals("no")) {
            return false;
        }
        throw error("must be true or false, got '" + node.asText() + "'");
    }

    /** An ISO-8601 duration ("PT24H") or a short form ("24h", "30m", "7d"). */
    public Duration duration(Duration fallback) {
        if (!isPresent()) {
            return fallback;
        }
        String t = node.asText().trim();
        try {
            Duration d = t.toUpperCase(Locale.ROOT).startsWith("P") ? Duration.parse(t) : shortDuration(t);
            if (d.isNegative() || d.isZero()) {
                throw error("must be longer than zero, got '" + t + "'");
            }
            return d;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw error("must be a duration like 500ms, 30s, 24h, 7d or PT24H, got '" + t + "'");
        }
    }

    private static Duration shortDuration(String t) {
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
        }
        if (t.length() < 2) {
            throw new NumberFormatException(t);
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
        return switch (Character.toLowerCase(t.charAt(t.length() - 1))) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new NumberFormatException(t);
        };
    }

    public ZoneId zone(ZoneId fallback) {
        if (!isPresent()) {
            return fallback;
        }
        try {
            return ZoneId.of(node.asText().trim());
        } catch (java.time.DateTimeException e) {
            throw error("unknown time zone '" + node.asText() + "' (use a name like Asia/Shanghai or Europe/Warsaw)");
        }
    }

    public LocalTime time(LocalTime fallback) {
        if (!isPresent()) {
            return fallback;
        }
        try {
            return LocalTime.parse(node.asText().trim());
        } catch (DateTimeParseException e) {
            throw error("must be a time of day like 09:00, got '" + node.asText() + "'");
        }
    }

    public ConfigException error(String what) {
        return new ConfigException(file + ": " + (path.isEmpty() ? "" : path + ": ") + what);
    }

    public String path() {
        return path;
    }
}
