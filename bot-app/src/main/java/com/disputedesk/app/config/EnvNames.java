package com.disputedesk.app.config;

import com.disputedesk.app.config.SettingPath.Index;
import com.disputedesk.app.config.SettingPath.Key;
import com.disputedesk.app.config.SettingPath.Step;
import com.disputedesk.core.kernel.Nearest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an override's variable to the setting it names, against the file's {@link Shape}: the variable of
 * {@code teams[0].zone} is {@code DISPUTEDESK_TEAMS_0_ZONE} (the path in upper case, every other character '_').
 * A variable that names no setting is refused with the nearest one that does.
 */
final class EnvNames {
    static final String PREFIX = "DISPUTEDESK_";
    /** Secrets have their own variables, outside the settings. */
    private static final Map<String, String> SECRETS = Map.of(
            "TELEGRAM_TOKEN", "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_SECRET",
            "DISCORD_TOKEN", "DISCORD_BOT_TOKEN");

    private final Shape.Section shape;

    EnvNames(Shape.Section shape) {
        this.shape = shape;
    }

    /** A variable resolved: where its setting sits and whether that is a value or a list of values. */
    record Resolved(SettingPath path, Shape shape) {
    }

    /**
     * @throws ConfigException for a variable that names no setting, or a whole section
     */
    Resolved resolve(String variable) {
        List<String> tokens = Arrays.asList(variable.substring(PREFIX.length()).split("_", -1));
        Miss miss = new Miss();
        Resolved found = walk(shape, tokens, 0, new ArrayList<>(), miss)
                .orElseThrow(() -> unknown(variable, tokens, miss));
        Shape target = found.shape() instanceof Shape.ListOf list ? list.item() : found.shape();
        if (target instanceof Shape.Section section) {
            throw new ConfigException("environment: " + variable + ": " + found.path()
                    + " is a section; set its settings one by one, e.g. " + variable
                    + (found.shape() instanceof Shape.ListOf ? "_0_" : "_")
                    + String.join("_", tokens(section.keys().keySet().iterator().next())));
        }
        return found;
    }

    /** Where resolving got furthest before no key matched. */
    private static final class Miss {
        int at = -1;
        Shape where;
    }

    private static Optional<Resolved> walk(Shape shape, List<String> tokens, int at, List<Step> steps, Miss miss) {
        if (at == tokens.size()) {
            return Optional.of(new Resolved(new SettingPath(steps), shape));
        }
        if (shape instanceof Shape.ListOf list && tokens.get(at).matches("\\d{1,4}")) {
            steps.add(new Index(Integer.parseInt(tokens.get(at))));
            Optional<Resolved> r = walk(list.item(), tokens, at + 1, steps, miss);
            steps.remove(steps.size() - 1);
            if (r.isPresent()) {
                return r;
            }
        }
        if (shape instanceof Shape.Section section) {
            for (Map.Entry<String, Shape> key : section.keys().entrySet()) {
                List<String> keyTokens = tokens(key.getKey());
                int end = at + keyTokens.size();
                if (end <= tokens.size() && tokens.subList(at, end).equals(keyTokens)) {
                    steps.add(new Key(key.getKey()));
                    Optional<Resolved> r = walk(key.getValue(), tokens, end, steps, miss);
                    steps.remove(steps.size() - 1);
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
        }
        if (at > miss.at) {
            miss.at = at;
            miss.where = shape;
        }
        return Optional.empty();
    }

    /** "expire-after" -> [EXPIRE, AFTER]. */
    private static List<String> tokens(String key) {
        return Arrays.asList(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_").split("_", -1));
    }

    private static ConfigException unknown(String variable, List<String> tokens, Miss miss) {
        String secret = SECRETS.get(String.join("_", tokens));
        if (secret != null) {
            return new ConfigException("environment: " + variable + ": secrets have their own variable; set "
                    + secret + " instead");
        }
        String before = PREFIX + String.join("", tokens.subList(0, miss.at).stream().map(t -> t + "_").toList());
        List<String> rest = tokens.subList(miss.at, tokens.size());
        String hint = "";
        if (miss.where instanceof Shape.Section section) {
            hint = suggestion(section, rest).map(s -> "; did you mean " + before + s + "?").orElse("");
        } else if (miss.where instanceof Shape.ListOf) {
            hint = "; name an item of the list by its number, e.g. " + before + "0_" + String.join("_", rest);
        } else if (miss.at > 0) {
            hint = "; did you mean " + before.substring(0, before.length() - 1) + "?";
        }
        return new ConfigException("environment: " + variable + ": unknown setting" + hint);
    }

    /**
     * The key of the section closest to the start of {@code rest}, followed by what came after it. Keys span
     * several words, and a slip may join or split them (FOLLOWUP for FOLLOW_UP), so every start is tried.
     */
    private static Optional<String> suggestion(Shape.Section section, List<String> rest) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : section.keys().keySet()) {
            String wanted = String.join("_", tokens(key));
            for (int n = 1; n <= rest.size(); n++) {
                int d = Nearest.distance(String.join("_", rest.subList(0, n)), wanted);
                if (d < bestDistance && Nearest.isClose(d, wanted)) {
                    bestDistance = d;
                    List<String> after = rest.subList(n, rest.size());
                    best = wanted + (after.isEmpty() ? "" : "_" + String.join("_", after));
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
