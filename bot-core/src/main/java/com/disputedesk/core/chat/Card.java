package com.disputedesk.core.chat;

import java.util.List;

/**
 * A structured block (a case card, a suggestion) that adapters may render richly (an embed) or as text.
 *
 * @param title  the heading
 * @param fields labelled values, in order
 * @param footer a closing line, may be empty
 */
public record Card(String title, List<Field> fields, String footer) {
    public Card {
        fields = List.copyOf(fields);
    }

    /** One labelled value; {@code value} may span several lines. */
    public record Field(String label, String value) {
    }

    /** The card as plain text, for platforms without rich blocks. */
    public String asText() {
        StringBuilder out = new StringBuilder(title);
        for (Field f : fields) {
            out.append('\n').append(f.label()).append(':');
            out.append(f.value().contains("\n") ? "\n" : " ").append(f.value());
        }
        if (!footer.isEmpty()) {
            out.append('\n').append(footer);
        }
        return out.toString();
    }
}
