package com.disputedesk.core.i18n;

import com.disputedesk.core.team.UiLanguage;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One message catalogue in the team's languages, read from {@code i18n/<bundle>_<lang>.properties} (UTF-8).
 * Each feature has its own bundle so features do not share one ever-growing file.
 */
public final class Messages {
    private final String bundle;
    private final Map<UiLanguage, ResourceBundle> bundles = new EnumMap<>(UiLanguage.class);

    public Messages(String bundle) {
        this.bundle = bundle;
        for (UiLanguage lang : UiLanguage.values()) {
            bundles.put(lang, ResourceBundle.getBundle("i18n." + bundle, Locale.forLanguageTag(lang.code()),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** The message {@code key} in {@code lang}, with {@code args} filled in ({0}, {1} ... as MessageFormat). */
    public String get(UiLanguage lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(lang).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in bundle " + bundle + " for " + lang, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The keys of the bundle in a language (for completeness tests). */
    public java.util.Set<String> keys(UiLanguage lang) {
        return bundles.get(lang).keySet();
    }
}
