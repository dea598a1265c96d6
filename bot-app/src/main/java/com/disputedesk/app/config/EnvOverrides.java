package com.disputedesk.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Environment variables that override settings: the variable of {@code teams[0].zone} is
 * {@code DISPUTEDESK_TEAMS_0_ZONE} (the path in upper case, every other character '_'). Each is resolved against
 * the file's {@link Shape} and written into the tree before it is bound, so an override is checked exactly like
 * the file; one that names no setting is refused with the nearest that does. A list of values may be given
 * whole, comma-separated ({@code DISPUTEDESK_REMINDERS_DEADLINE_LEADS=48h,4h}); a blank variable counts as unset.
 */
final class EnvOverrides {
    static final String PREFIX = "DISPUTEDESK_";
    /** Variables of the launcher, not settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("DISPUTEDESK_CONFIG", "DISPUTEDESK_LOG_LEVEL");
    /** Secrets have their own variables, outside the settings. */
    private static final Map<String, String> SECRETS = Map.of(
            "TELEGRAM_TOKEN", "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_SECRET",
            "DISCORD_TOKEN", "DISCORD_BOT_TOKEN");

    private final Shape.Section shape;

    EnvOverrides(Shape.Section shape) {
        this.shape = shape;
    }

    /** One step into the tree: a key of a section or an index of a list. */
    private sealed interface Step {
    }

    private record Key(String name) implements Step {
        @Override
        public String toString() {
            return name;
        }
    }

    private record Index(int value) implements Step {
        @Override
        public String toString() {
            return "[" + value + "]";
        }
    }

    /** A variable resolved to the setting it overrides. */
    private record Setting(String variable, List<Step> steps, Shape shape, String value) {
        String path() {
            StringBuilder out = new StringBuilder();
            for (Step s : steps) {
                if (s instanceof Key && out.length() > 0) {
                    out.append('.');
                }
                out.append(s);
            }
            return out.toString();
        }
    }

    /**
     * Writes every override into {@code root}.
     *
     * @return the variable each overridden setting came from, by path ("teams[0].zone"), to name it in errors
     * @throws ConfigException for a variable that names no setting, or a whole section
     */
    Map<String, String> apply(ObjectNode root, Map<String, String> env) {
        List<Setting> overrides = new ArrayList<>();
        env.keySet().stream().filter(v -> v.startsWith(PREFIX) && !NOT_SETTINGS.contains(v)).sorted()
                .forEach(v -> overrides.add(resolve(v, env.get(v))));
        overrides.sort(Comparator.comparing(Setting::steps, EnvOverrides::compareSteps));
        Map<String, String> sources = new HashMap<>();
        for (Setting o : overrides) {
            if (o.value() == null || o.value().isBlank()) {
                continue;
            }
            write(root, o);
            sources.put(o.path(), o.variable());
        }
        return sources;
    }

    private Setting resolve(String variable, String value) {
        List<String> tokens = Arrays.asList(variable.substring(PREFIX.length()).split("_", -1));
        Miss miss = new Miss();
        Optional<Setting> found = walk(shape, tokens, 0, new ArrayList<>(), miss)
                .map(r -> new Setting(variable, r.steps(), r.shape(), value));
        Setting o = found.orElseThrow(() -> unknown(variable, tokens, miss));
        if (o.shape() instanceof Shape.Section || o.shape() instanceof Shape.ListOf l && l.item() instanceof Shape.Section) {
            throw new ConfigException("environment: " + variable + ": " + o.path()
                    + " is a section; set its settings one by one, e.g. " + example(variable, o.shape()));
        }
        return o;
    }

    private record Resolved(List<Step> steps, Shape shape) {
    }

    /** Where resolving got furthest before no key matched. */
    private static final class Miss {
        int at = -1;
        Shape where;
    }

    private static Optional<Resolved> walk(Shape shape, List<String> tokens, int at, List<Step> steps, Miss miss) {
        if (at == tokens.size()) {
            return Optional.of(new Resolved(List.copyOf(steps), shape));
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
        String before = PREFIX + String.join("", tokens.subList(0, miss.at).stream().map(t -> t + "_").toList());
        List<String> rest = tokens.subList(miss.at, tokens.size());
        String secret = SECRETS.get(String.join("_", tokens));
        if (secret != null) {
            return new ConfigException("environment: " + variable + ": secrets have their own variable; set "
                    + secret + " instead");
        }
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

    /** The closest key of the section to the start of {@code rest}, followed by what came after it. */
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

    private static String example(String variable, Shape shape) {
        Shape.Section section = shape instanceof Shape.ListOf l ? (Shape.Section) l.item() : (Shape.Section) shape;
        String first = String.join("_", tokens(section.keys().keySet().iterator().next()));
        return variable + (shape instanceof Shape.ListOf ? "_0_" : "_") + first;
    }

    private static void write(ObjectNode root, Setting o) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode parent = root;
        List<Step> steps = o.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            JsonNode value = last ? leaf(o) : steps.get(i + 1) instanceof Index ? nodes.arrayNode() : nodes.objectNode();
            if (step instanceof Key key) {
                ObjectNode section = (ObjectNode) parent;
                JsonNode existing = section.get(key.name());
                if (last || !fits(existing, steps.get(i + 1))) {
                    section.set(key.name(), last ? value : asContainer(existing, value));
                }
                parent = section.get(key.name());
            } else {
                ArrayNode list = (ArrayNode) parent;
                int index = ((Index) step).value();
                if (index > list.size()) {
                    throw new ConfigException("environment: " + o.variable() + ": the list has " + list.size()
                            + (list.size() == 1 ? " item" : " items") + ", so a new one is number " + list.size());
                }
                if (index == list.size()) {
                    list.add(value);
                } else if (last || !fits(list.get(index), steps.get(i + 1))) {
                    list.set(index, last ? value : asContainer(list.get(index), value));
                }
                parent = list.get(index);
            }
        }
    }

    /** The value written: text, or for a list of values, its comma-separated items. */
    private static JsonNode leaf(Setting o) {
        if (o.shape() instanceof Shape.ListOf) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            Arrays.stream(o.value().split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
            return items;
        }
        return TextNode.valueOf(o.value());
    }

    private static boolean fits(JsonNode existing, Step next) {
        return next instanceof Index ? existing instanceof ArrayNode : existing instanceof ObjectNode;
    }

    /** A single value where a list belongs ("chats: console:console") is a list of one; anything else is replaced. */
    private static JsonNode asContainer(JsonNode existing, JsonNode empty) {
        if (empty instanceof ArrayNode list && existing != null && existing.isValueNode() && !existing.isNull()) {
            return list.add(existing);
        }
        return empty;
    }

    private static int compareSteps(List<Step> a, List<Step> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i) instanceof Index x && b.get(i) instanceof Index y
                    ? Integer.compare(x.value(), y.value()) : a.get(i).toString().compareTo(b.get(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
