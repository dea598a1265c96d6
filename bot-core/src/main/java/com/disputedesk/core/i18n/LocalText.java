package com.disputedesk.core.i18n;

import com.disputedesk.core.kernel.UiLanguage;
import java.util.Map;
import java.util.Set;

/**
 * A text the operator writes for the team in several languages (a playbook's {@code why}, what happens when a
 * deadline is missed), or one the engine builds in each language: by language code, English always present.
 * A language without its own text reads the English one, and {@link #writtenIn} tells whether it had to.
 *
 * @param texts the text per language code ("en", "zh", ...); "en" is required
 */
public record LocalText(Map<String, String> texts) {
    private static final String FALLBACK = UiLanguage.FALLBACK.code();

    public LocalText {
        texts = Map.copyOf(texts);
        if (!texts.containsKey(FALLBACK)) {
            throw new IllegalArgumentException("a text needs its English version (" + FALLBACK + "), got "
                    + texts.keySet());
        }
    }

    /** A text in English only: every language reads it. */
    public static LocalText english(String text) {
        return new LocalText(Map.of(FALLBACK, text));
    }

    /** The text in {@code lang}, or the English one when it has none in {@code lang}. */
    public String in(UiLanguage lang) {
        return in(lang.code());
    }

    /** Whether the text has its own version in {@code lang} (false: {@link #in} gives the English one). */
    public boolean writtenIn(UiLanguage lang) {
        return writtenIn(lang.code());
    }

    /** The English text, which every other language falls back to. */
    public String english() {
        return texts.get(FALLBACK);
    }

    /** The codes of the languages it is written in. */
    public Set<String> languages() {
        return texts.keySet();
    }

    String in(String code) {
        return texts.getOrDefault(code, english());
    }

    boolean writtenIn(String code) {
        return texts.containsKey(code);
    }
}
