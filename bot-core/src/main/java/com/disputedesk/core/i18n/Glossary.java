package com.disputedesk.core.i18n;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.Locale;

/**
 * The names of domain values in the team's language: reasons, offer kinds, outcomes, case states, filters,
 * buyer requests and answers, carrier statuses, evidence kinds, timeline entries. One bundle per language
 * ({@code i18n/glossary_<code>.properties}) that every feature reads, so a value is named once per language.
 *
 * <p>A value's key is its type's name in kebab case, then its code: {@code reason.wrong-size},
 * {@code offer-kind.partial-refund}, {@code timeline-entry-kind.created} (a nested type is named with its
 * enclosing ones). The glossary's own name for each language is under {@code language.name}.
 */
public final class Glossary {
    private static final Messages LABELS = new Messages("glossary");

    private Glossary() {
    }

    /** The value's name for the team, e.g. "Wrong size" or "尺码不对". */
    public static <E extends Enum<E> & Coded> String label(UiLanguage lang, E value) {
        return label(lang.code(), value);
    }

    /**
     * The name of a coded enum value known only as {@link Coded} (a choice an adapter lists).
     *
     * @throws IllegalStateException when the glossary does not name values of its type
     */
    public static String labelOf(UiLanguage lang, Coded value) {
        if (!(value instanceof Enum<?> constant)) {
            throw new IllegalArgumentException("not an enum constant: " + value);
        }
        return LABELS.get(lang.code(), group(constant.getDeclaringClass()) + "." + value.code());
    }

    /** The language's name for itself, e.g. "English", "中文": how to offer it in a language picker. */
    public static String ownName(UiLanguage lang) {
        return ownName(lang.code());
    }

    /** The glossary key of a value: "reason.wrong-size". */
    public static <E extends Enum<E> & Coded> String key(E value) {
        return group(value.getDeclaringClass()) + "." + value.code();
    }

    static <E extends Enum<E> & Coded> String label(String code, E value) {
        return LABELS.get(code, key(value));
    }

    static String ownName(String code) {
        return LABELS.get(code, "language.name");
    }

    /** "Reason" -> "reason", "OfferKind" -> "offer-kind", "TimelineEntry.Kind" -> "timeline-entry-kind". */
    static String group(Class<?> type) {
        String name = type.getName().substring(type.getName().lastIndexOf('.') + 1).replace('$', '-');
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
