package com.disputedesk.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Environment variables override settings: {@code DISPUTEDESK_STORAGE_SQLITE_FILE} sets {@code storage.sqlite-file},
 * {@code DISPUTEDESK_TEAMS_0_ZONE} sets {@code zone} of the first team. Names are the setting's path in upper case
 * with every non-letter-or-digit as '_'. A setting missing from the file is created (that is how secrets such as
 * {@code DISPUTEDESK_STORAGE_POSTGRES_PASSWORD} get in without ever being written to a file).
 */
final class EnvOverrides {
    static final String PREFIX = "DISPUTEDESK_";

    private EnvOverrides() {
    }

    static void apply(ObjectNode root, Map<String, String> env) {
        env.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PREFIX) && e.getKey().length() > PREFIX.length())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> set(root, e.getKey().substring(PREFIX.length()), e.getValue()));
    }

    private static void set(JsonNode node, String rest, String value) {
        if (node instanceof ArrayNode array) {
            int cut = rest.indexOf('_');
            String head = cut < 0 ? rest : rest.substring(0, cut);
            if (!head.chars().allMatch(Character::isDigit)) {
                return;
            }
            int index = Integer.parseInt(head);
            if (index >= array.size() || cut < 0) {
                return;
            }
            set(array.get(index), rest.substring(cut + 1), value);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String norm = normalise(name);
            if (rest.equals(norm)) {
                object.set(name, new TextNode(value));
                return;
            }
            if (rest.startsWith(norm + "_")) {
                JsonNode child = object.get(name);
                if (child.isContainerNode()) {
                    set(child, rest.substring(norm.length() + 1), value);
                    return;
                }
            }
        }
        object.set(rest.toLowerCase(Locale.ROOT).replace('_', '-'), new TextNode(value));
    }

    static String normalise(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
