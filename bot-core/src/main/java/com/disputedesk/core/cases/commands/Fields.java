package com.disputedesk.core.cases.commands;

import com.disputedesk.core.chat.Card;
import com.disputedesk.core.text.Cut;
import java.util.ArrayList;
import java.util.List;

/** Card fields that fit every platform: Discord refuses an embed field value over 1024 characters. */
final class Fields {
    static final int MAX_VALUE = 1024;
    /** A timeline line longer than this is cut: the full text stays in the store. */
    static final int MAX_LINE = 160;

    private Fields() {
    }

    /** {@code value} as one field, or several cut at line ends, each at most {@link #MAX_VALUE} characters. */
    static List<Card.Field> split(String label, String value) {
        List<Card.Field> out = new ArrayList<>();
        String rest = value;
        while (rest.length() > MAX_VALUE) {
            int cut = rest.lastIndexOf('\n', MAX_VALUE);
            if (cut <= 0) {
                cut = Cut.boundary(rest, MAX_VALUE);
            }
            out.add(new Card.Field(label, rest.substring(0, cut).stripTrailing()));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(new Card.Field(label, rest.isEmpty() ? "-" : rest));
        return out;
    }

    /** One line of at most {@link #MAX_LINE} characters, with an ellipsis when cut. */
    static String line(String text) {
        String flat = text.replace('\n', ' ');
        return Cut.shortened(flat, MAX_LINE);
    }
}
