package com.disputedesk.discord;

import com.disputedesk.core.text.Cut;
import java.util.ArrayList;
import java.util.List;

/** Plain text made safe for Discord's Markdown, and cut to Discord's size limits. */
final class DiscordText {
    /** Characters Discord's Markdown (or mention syntax) gives a meaning to anywhere in a line. */
    private static final String INLINE = "\\*_~`|<>[]()@";
    /** Characters that only mean something at the start of a line (headings, lists, quotes). */
    private static final String LINE_START = "#-+";

    private DiscordText() {
    }

    /**
     * Escapes {@code text} so it shows literally: every Markdown or mention character gets a backslash, which
     * Discord hides. Quoted member or buyer text cannot format the message, build links, or look like a mention.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (lineStart && LINE_START.indexOf(c) >= 0)) {
                out.append('\\');
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }

    /**
     * Cuts {@code text} into pieces of at most {@code max} characters, at line ends where possible, else at a
     * space, else hard; never between a backslash and the character it escapes.
     */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = rest.lastIndexOf(' ', max);
            }
            if (cut < max / 2) {
                cut = Cut.boundary(rest, max);
                if (rest.charAt(cut - 1) == '\\') {
                    cut--;
                }
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut);
            if (rest.startsWith("\n") || rest.startsWith(" ")) {
                rest = rest.substring(1);
            }
        }
        parts.add(rest);
        return parts;
    }

    /** {@code text} cut to {@code max} characters with an ellipsis when it was longer. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = Cut.prefix(text, max - 1);
        if (cut.endsWith("\\")) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
