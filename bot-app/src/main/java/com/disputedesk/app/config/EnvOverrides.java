package com.disputedesk.app.config;

import com.disputedesk.app.config.SettingPath.Index;
import com.disputedesk.app.config.SettingPath.Key;
import com.disputedesk.app.config.SettingPath.Step;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Environment variables that override settings ({@code DISPUTEDESK_TEAMS_0_ZONE=Europe/Madrid}), written into
 * the file's tree before it is bound, so an override is checked exactly like the file. A list of values may be
 * given whole, comma-separated ({@code DISPUTEDESK_REMINDERS_DEADLINE_LEADS=48h,4h}); the item after a list's
 * last adds one; a blank variable counts as unset.
 */
final class EnvOverrides {
    /** Variables of the launcher, not settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("DISPUTEDESK_CONFIG", "DISPUTEDESK_LOG_LEVEL");

    private final EnvNames names;

    EnvOverrides(Shape.Section shape) {
        this.names = new EnvNames(shape);
    }

    /** A variable, the setting it overrides and its value. */
    private record Assignment(String variable, EnvNames.Resolved setting, String value) {
    }

    /**
     * Writes every override into {@code root}.
     *
     * @return the variable each overridden setting came from, by path ("teams[0].zone"), to name it in errors
     * @throws ConfigException for a variable that names no setting, or a whole section
     */
    Map<String, String> apply(ObjectNode root, Map<String, String> env) {
        List<Assignment> overrides = env.keySet().stream()
                .filter(v -> v.startsWith(EnvNames.PREFIX) && !NOT_SETTINGS.contains(v)).sorted()
                .map(v -> new Assignment(v, names.resolve(v), env.get(v)))
                .sorted(Comparator.comparing(o -> o.setting().path()))
                .toList();
        Map<String, String> sources = new HashMap<>();
        for (Assignment o : overrides) {
            if (o.value() != null && !o.value().isBlank()) {
                write(root, o);
                sources.put(o.setting().path().toString(), o.variable());
            }
        }
        return sources;
    }

    private static void write(ObjectNode root, Assignment o) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode parent = root;
        List<Step> steps = o.setting().path().steps();
        for (int i = 0; i < steps.size(); i++) {
            boolean last = i == steps.size() - 1;
            Step next = last ? null : steps.get(i + 1);
            JsonNode value = last ? leaf(o) : next instanceof Index ? nodes.arrayNode() : nodes.objectNode();
            if (steps.get(i) instanceof Key key) {
                ObjectNode section = (ObjectNode) parent;
                JsonNode existing = section.get(key.name());
                if (last || !fits(existing, next)) {
                    section.set(key.name(), last ? value : asContainer(existing, value));
                }
                parent = section.get(key.name());
            } else {
                ArrayNode list = (ArrayNode) parent;
                int index = ((Index) steps.get(i)).value();
                if (index > list.size()) {
                    throw new ConfigException("environment: " + o.variable() + ": the list has " + list.size()
                            + (list.size() == 1 ? " item" : " items") + ", so a new one is number " + list.size());
                }
                if (index == list.size()) {
                    list.add(value);
                } else if (last || !fits(list.get(index), next)) {
                    list.set(index, last ? value : asContainer(list.get(index), value));
                }
                parent = list.get(index);
            }
        }
    }

    /** The value written: text, or for a list of values, its comma-separated items. */
    private static JsonNode leaf(Assignment o) {
        if (o.setting().shape() instanceof Shape.ListOf) {
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
}
