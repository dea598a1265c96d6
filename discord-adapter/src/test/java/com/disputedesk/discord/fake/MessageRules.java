package com.disputedesk.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What Discord checks in a message it is asked to create or edit, so the fake refuses (HTTP 400) what Discord
 * would: content over 2000 characters; an embed's title over 256, description over 4096, more than 25 fields,
 * a field name over 256 or value over 1024, a footer over 2048, all embeds of the message together over 6000;
 * more than 5 action rows, more than 5 buttons in a row, a custom_id over 100, a button label over 80, a select
 * menu without options or with more than 25, an option without label or value or with one over 100; a lone surrogate anywhere in the text; and a new message with nothing in it.
 * Discord counts characters as UTF-16 code units, like Java's {@code length()}.
 */
final class MessageRules {
    static final int INVALID_FORM_BODY = 50035;
    static final int EMPTY_MESSAGE = 50006;
    private static final int ACTION_ROW = 1;
    private static final int BUTTON = 2;
    private static final int STRING_SELECT = 3;

    private MessageRules() {
    }

    /** What is wrong with a message body, empty when Discord would take it; {@code creating}: a new message. */
    static List<String> check(JsonNode message, boolean creating) {
        List<String> out = new ArrayList<>();
        if (message == null || !message.isObject()) {
            out.add("the body is not a JSON object");
            return out;
        }
        String content = message.path("content").asText("");
        max(out, "content", content, 2000);
        JsonNode embeds = message.path("embeds");
        if (embeds.size() > 10) {
            out.add("embeds: at most 10");
        }
        int total = 0;
        for (int i = 0; i < embeds.size(); i++) {
            total += embed(out, "embeds." + i, embeds.get(i));
        }
        if (total > 6000) {
            out.add("embeds: " + total + " characters in all, over 6000");
        }
        components(out, message.path("components"));
        lonelySurrogates(out, "", message);
        if (creating && content.isEmpty() && embeds.isEmpty() && message.path("components").isEmpty()
                && message.path("attachments").isEmpty() && message.path("sticker_ids").isEmpty()
                && !message.has("poll")) {
            out.add("empty message");
        }
        return out;
    }

    /** Checks one embed; returns its characters as Discord adds them up. */
    private static int embed(List<String> out, String where, JsonNode e) {
        String title = e.path("title").asText("");
        String description = e.path("description").asText("");
        String footer = e.path("footer").path("text").asText("");
        String author = e.path("author").path("name").asText("");
        max(out, where + ".title", title, 256);
        max(out, where + ".description", description, 4096);
        max(out, where + ".footer.text", footer, 2048);
        max(out, where + ".author.name", author, 256);
        int total = title.length() + description.length() + footer.length() + author.length();
        JsonNode fields = e.path("fields");
        if (fields.size() > 25) {
            out.add(where + ".fields: " + fields.size() + " fields, over 25");
        }
        for (int f = 0; f < fields.size(); f++) {
            String name = fields.get(f).path("name").asText("");
            String value = fields.get(f).path("value").asText("");
            max(out, where + ".fields." + f + ".name", name, 256);
            max(out, where + ".fields." + f + ".value", value, 1024);
            if (name.isEmpty() || value.isEmpty()) {
                out.add(where + ".fields." + f + ": a field needs a name and a value");
            }
            total += name.length() + value.length();
        }
        return total;
    }

    private static void components(List<String> out, JsonNode rows) {
        int actionRows = 0;
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            if (row.path("type").asInt() != ACTION_ROW) {
                continue;
            }
            actionRows++;
            JsonNode children = row.path("components");
            int buttons = 0;
            for (JsonNode c : children) {
                max(out, "components." + r + ".custom_id", c.path("custom_id").asText(""), 100);
                if (c.path("type").asInt() == BUTTON) {
                    buttons++;
                    max(out, "components." + r + ".label", c.path("label").asText(""), 80);
                } else if (c.path("type").asInt() == STRING_SELECT) {
                    selectMenu(out, "components." + r, c);
                }
            }
            if (buttons > 5) {
                out.add("components." + r + ": " + buttons + " buttons in a row, over 5");
            }
        }
        if (actionRows > 5) {
            out.add("components: " + actionRows + " action rows, over 5");
        }
    }

    /** A string select: 1 to 25 options, each with a label and a value of 1 to 100 characters. */
    private static void selectMenu(List<String> out, String where, JsonNode menu) {
        int options = menu.path("options").size();
        if (options < 1 || options > 25) {
            out.add(where + ": a select menu has 1 to 25 options, not " + options);
        }
        for (JsonNode o : menu.path("options")) {
            String label = o.path("label").asText("");
            String value = o.path("value").asText("");
            if (label.isEmpty() || value.isEmpty()) {
                out.add(where + ".options: an option needs a label and a value");
            }
            max(out, where + ".options.label", label, 100);
            max(out, where + ".options.value", value, 100);
        }
    }

    private static void lonelySurrogates(List<String> out, String where, JsonNode node) {
        if (node.isTextual()) {
            String s = node.asText();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1));
                if (paired) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    out.add(where + ": a lone surrogate at " + i);
                    return;
                }
            }
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                lonelySurrogates(out, where + "." + i, node.get(i));
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            lonelySurrogates(out, where.isEmpty() ? f.getKey() : where + "." + f.getKey(), f.getValue());
        }
    }

    private static void max(List<String> out, String what, String text, int max) {
        if (text.length() > max) {
            out.add(what + ": " + text.length() + " characters, over " + max);
        }
    }
}
