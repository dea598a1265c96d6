package com.disputedesk.core.home;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.text.Cleaned;
import com.disputedesk.core.text.Cut;
import com.disputedesk.core.text.TextField;
import com.disputedesk.core.text.TextPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The name of a case's thread or topic, as members see it in the channel list: {@code #12 · AliExpress · Wrong
 * size · Ana}. The buyer's name is typed text, so it is cleaned to one line first. Adapters cut the name to
 * their platform's limit ({@link #within}: Discord 100, Telegram 128), which keeps the case number in front.
 */
public final class HomeName {
    static final String SEPARATOR = " \u00b7 ";

    private HomeName() {
    }

    /** The whole name. */
    public static String of(CaseNumber number, String marketplace, String reason, String buyer) {
        List<String> parts = new ArrayList<>();
        parts.add(number.toString());
        for (String p : List.of(marketplace, reason, oneLine(buyer))) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return String.join(SEPARATOR, parts);
    }

    /** {@code name} cut to at most {@code max} UTF-16 units at a character boundary, with an ellipsis if cut. */
    public static String within(String name, int max) {
        return Cut.shortened(name, max);
    }

    /** A name fits one line: no line breaks, no control or invisible characters. */
    private static String oneLine(String typed) {
        Cleaned cleaned = TextPolicy.clean(typed, TextField.line(Integer.MAX_VALUE));
        return cleaned instanceof Cleaned.Clean c ? c.text().replaceAll("\\s+", " ") : "";
    }
}
