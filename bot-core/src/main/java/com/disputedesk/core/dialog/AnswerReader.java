package com.disputedesk.core.dialog;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.text.TextPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a member typed, before any step's parser sees it: the engine's words in either team language, an
 * option by its number or label, and a multi-select list ("1,3", "Photos, 2").
 */
final class AnswerReader {
    private final Messages messages;

    AnswerReader(Messages messages) {
        this.messages = messages;
    }

    /** The engine word typed ("back", "返回" ...), in either team language, as its English key. */
    Optional<String> word(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("/")) {
            t = t.substring(1);
        }
        for (String w : List.of("back", "skip", "cancel", "done", "none", "confirm")) {
            for (UiLanguage lang : UiLanguage.values()) {
                for (String alias : messages.get(lang, "word." + w).split("\\|")) {
                    if (alias.strip().toLowerCase(Locale.ROOT).equals(t)) {
                        return Optional.of(w);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The values of the options named by a typed list, each by number or label; rejected, naming
     * the part, when one part names no option, and rejected when nothing was named.
     */
    Parsed<List<String>> several(List<Option> options, String text, UiLanguage lang) {
        List<String> picked = new ArrayList<>();
        for (String part : text.split("[,;，、]+")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            Optional<Option> o = byNumberOrLabel(options, token);
            if (o.isEmpty()) {
                return Parsed.rejected(messages.get(lang, "dialog.multi.unknown", TextPolicy.excerpt(token)));
            }
            picked.add(o.get().value());
        }
        if (picked.isEmpty()) {
            return Parsed.rejected();
        }
        return Parsed.ok(inOptionOrder(options, picked));
    }

    private static Optional<Option> byNumberOrLabel(List<Option> options, String token) {
        Optional<Integer> n = number(token);
        if (n.isPresent()) {
            return n.get() >= 1 && n.get() <= options.size() ? Optional.of(options.get(n.get() - 1)) : Optional.empty();
        }
        return match(options, token);
    }

    /** The option whose label or value is the text, ignoring case. */
    static Optional<Option> match(List<Option> options, String text) {
        String t = text.strip();
        return options.stream()
                .filter(o -> o.label().equalsIgnoreCase(t) || o.value().equalsIgnoreCase(t))
                .findFirst();
    }

    /** A typed number of one to three digits, as the console numbers options and fields. */
    static Optional<Integer> number(String text) {
        String t = text.strip();
        if (!t.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(t));
    }

    /** The selected values that name options, once each, in option order. */
    static List<String> inOptionOrder(List<Option> options, List<String> selected) {
        return options.stream().map(Option::value).filter(selected::contains).distinct().toList();
    }
}
