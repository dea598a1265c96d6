package com.disputedesk.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What Discord checks when application commands are registered, so the fake refuses (HTTP 400) what Discord
 * would: names 1-32 lower-case word characters, descriptions 1-100 characters (localisations too), at most 25
 * options and 25 choices, unique option names, required options before optional ones, choice names and values
 * of 1-100 characters, no choices on an autocomplete option, at most 100 commands.
 */
final class CommandRules {
    private static final String NAME = "[-_\\p{Ll}\\p{N}]{1,32}";
    private static final int MAX_TEXT = 100;
    private static final int MAX_OPTIONS = 25;
    private static final int MAX_COMMANDS = 100;
    private static final int SUBCOMMAND = 1;
    private static final int CHAT_INPUT = 1;
    private static final int MAX_MENU_NAME = 32;

    private CommandRules() {
    }

    static List<String> check(JsonNode commands) {
        List<String> out = new ArrayList<>();
        if (!commands.isArray() || commands.size() > MAX_COMMANDS) {
            out.add("at most " + MAX_COMMANDS + " commands");
            return out;
        }
        Set<String> names = new HashSet<>();
        for (JsonNode c : commands) {
            String name = c.path("name").asText();
            int type = c.path("type").asInt(CHAT_INPUT);
            // a name is unique among the commands of one type (a slash command and a message command may share one)
            if (!names.add(type + " " + name)) {
                out.add("command " + name + " registered twice");
            }
            if (type == CHAT_INPUT) {
                named(out, name, c);
                options(out, name, c.path("options"));
            } else {
                contextMenu(out, name, c);
            }
        }
        return out;
    }

    /**
     * A user or message command (right-click menu): a name of 1-32 characters, capitals and spaces allowed, and so
     * its localised names; no description, no options.
     */
    private static void contextMenu(List<String> out, String name, JsonNode c) {
        if (name.isBlank() || name.length() > MAX_MENU_NAME) {
            out.add("bad menu command name '" + name + "'");
        }
        c.path("name_localizations").forEach(l -> {
            if (l.asText().isBlank() || l.asText().length() > MAX_MENU_NAME) {
                out.add("bad localised menu command name '" + l.asText() + "'");
            }
        });
        if (!c.path("description").asText("").isEmpty() || c.path("options").size() > 0) {
            out.add(name + ": a menu command has no description and no options");
        }
    }

    private static void options(List<String> out, String where, JsonNode options) {
        if (options.size() > MAX_OPTIONS) {
            out.add(where + ": more than " + MAX_OPTIONS + " options");
        }
        Set<String> names = new HashSet<>();
        boolean optionalSeen = false;
        for (JsonNode o : options) {
            String name = o.path("name").asText();
            String path = where + " " + name;
            if (!names.add(name)) {
                out.add(path + ": option name used twice");
            }
            named(out, name, o);
            if (o.path("type").asInt() == SUBCOMMAND) {
                options(out, path, o.path("options"));
                continue;
            }
            boolean required = o.path("required").asBoolean(false);
            if (required && optionalSeen) {
                out.add(path + ": required option after an optional one");
            }
            optionalSeen |= !required;
            JsonNode choices = o.path("choices");
            if (choices.size() > MAX_OPTIONS) {
                out.add(path + ": more than " + MAX_OPTIONS + " choices");
            }
            if (choices.size() > 0 && o.path("autocomplete").asBoolean(false)) {
                out.add(path + ": choices on an autocomplete option");
            }
            for (JsonNode ch : choices) {
                text(out, path + " choice", ch.path("name").asText());
                text(out, path + " choice value", ch.path("value").asText());
                ch.path("name_localizations").forEach(l -> text(out, path + " choice (localised)", l.asText()));
            }
        }
    }

    private static void named(List<String> out, String name, JsonNode node) {
        if (!name.matches(NAME)) {
            out.add("bad name '" + name + "'");
        }
        text(out, name + " description", node.path("description").asText());
        node.path("description_localizations").forEach(l -> text(out, name + " description (localised)", l.asText()));
    }

    private static void text(List<String> out, String what, String text) {
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            out.add(what + " must be 1-" + MAX_TEXT + " characters: '" + text + "'");
        }
    }
}
