package com.disputedesk.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node of the configuration tree that knows its own path, so every error says exactly which setting is wrong:
 * "config/disputedesk.yml: teams[0].zone: unknown time zone 'Mars/Base'".
 */
public final class ConfigNode {
    private final String file;
    private final String path;
    private final JsonNode node;

    ConfigNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node == null ? MissingNode.getInstance() : node;
    }

    public ConfigNode get(String field) {
        return new ConfigNode(file, path.isEmpty() ? field : path + "." + field, node.path(field));
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
            out.add(new ConfigNode(file, path + "[" + i + "]", node.get(i)));
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
        String t = node.asText().trim().toLowerCase(java.util.Locale.ROOT);
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
            Duration d = t.toUpperCase(java.util.Locale.ROOT).startsWith("P") ? Duration.parse(t) : shortDuration(t);
            if (d.isNegative() || d.isZero()) {
                throw error("must be longer than zero, got '" + t + "'");
            }
            return d;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw error("must be a duration like 24h, 30m, 7d or PT24H, got '" + t + "'");
        }
    }

    private static Duration shortDuration(String t) {
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

    JsonNode raw() {
        return node;
    }
}
