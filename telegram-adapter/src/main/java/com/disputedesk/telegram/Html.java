package com.disputedesk.telegram;

import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.text.Cut;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the core's plain text as Telegram HTML (parse_mode HTML): every text from the core, a member or a buyer
 * is escaped, so "&lt;b&gt;" in a buyer name shows literally. Markup we add opens and closes on one line, so a
 * long message can be split at line boundaries without breaking a tag.
 */
final class Html {
    static final int MAX_MESSAGE = 4096;

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The reply's text, card and mention (not its buttons) as one HTML text. */
    static String render(Reply reply) {
        StringBuilder out = new StringBuilder(escape(reply.text()));
        reply.card().ifPresent(card -> out.append("\n\n").append(card(card)));
        reply.mention().ifPresent(m -> out.append('\n').append(mention(m)));
        return out.toString();
    }

    static String card(Card card) {
        StringBuilder out = new StringBuilder("<b>").append(escape(card.title())).append("</b>");
        for (Card.Field f : card.fields()) {
            out.append('\n').append("<b>").append(escape(f.label())).append(":</b> ");
            out.append(f.value().contains("\n") ? "\n" + escape(f.value()) : escape(f.value()));
        }
        if (!card.footer().isEmpty()) {
            for (String line : card.footer().split("\n")) {
                out.append('\n').append("<i>").append(escape(line)).append("</i>");
            }
        }
        return out.toString();
    }

    /** A mention that notifies this one user only (never @all-style). */
    static String mention(Member member) {
        return "<a href=\"tg://user?id=" + escape(member.userId()) + "\">" + escape(member.displayName()) + "</a>";
    }

    /**
     * Splits HTML into messages of at most {@code max} characters, at line boundaries; a single longer line is cut
     * between characters, never inside a tag or an entity.
     */
    static List<String> split(String html, int max) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : html.split("\n", -1)) {
            for (String piece : cutLine(line, max)) {
                int extra = current.length() == 0 ? piece.length() : piece.length() + 1;
                if (current.length() + extra > max && current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
        }
        if (current.length() > 0 || parts.isEmpty()) {
            parts.add(current.toString());
        }
        parts.removeIf(p -> p.isBlank());
        return parts.isEmpty() ? List.of(".") : parts;
    }

    private static List<String> cutLine(String line, int max) {
        if (line.length() <= max) {
            return List.of(line);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (line.length() - start > max) {
            int end = start + max;
            int cut = safeCut(line, start, end);
            pieces.add(line.substring(start, cut));
            start = cut;
        }
        pieces.add(line.substring(start));
        return pieces;
    }

    /**
     * The last index at or before {@code end} that is not inside a tag, an entity or a character (surrogate pair),
     * preferring a space.
     */
    private static int safeCut(String line, int start, int end) {
        int cut = Cut.boundary(line, end);
        int space = line.lastIndexOf(' ', end - 1);
        if (space > start + (end - start) / 2) {
            cut = space + 1;
        }
        int lt = line.lastIndexOf('<', cut - 1);
        if (lt >= start && line.indexOf('>', lt) >= cut) {
            cut = lt;
        }
        int amp = line.lastIndexOf('&', cut - 1);
        if (amp >= start) {
            int semi = line.indexOf(';', amp);
            if (semi >= cut && semi - amp < 8) {
                cut = amp;
            }
        }
        if (cut > start && cut < line.length() && Character.isLowSurrogate(line.charAt(cut))) {
            cut--; // never split an emoji's surrogate pair
        }
        return cut > start ? cut : end;
    }
}
