package com.disputedesk.core.i18n;

import com.disputedesk.core.kernel.UiLanguage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message catalogue in the team's languages, read from {@code i18n/<bundle>_<code>.properties} (UTF-8).
 * Each feature has its own bundle so features do not share one ever-growing file; the names of domain values
 * are in the one {@link Glossary}.
 *
 * <p>Bundles are found by language code only, so any code with a file works; the files of every
 * {@link UiLanguage} are read when the catalogue is made, so a missing one stops the start.
 */
public final class Messages {
    private final String bundle;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    public Messages(String bundle) {
        this.bundle = bundle;
        for (UiLanguage lang : UiLanguage.values()) {
            bundle(lang.code());
        }
    }

    /** The message {@code key} in {@code lang}, with {@code args} filled in ({0}, {1} ... as MessageFormat). */
    public String get(UiLanguage lang, String key, Object... args) {
        return get(lang.code(), key, args);
    }

    /** The keys of the bundle in a language (for completeness tests). */
    public Set<String> keys(UiLanguage lang) {
        return keys(lang.code());
    }

    /** The message in the language with this code: the one path every language takes. */
    String get(String code, String key, Object... args) {
        String pattern = pattern(code, key);
        // Formatted even without arguments, so a quote is written '' in every pattern alike.
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The pattern as written in the bundle, unformatted (for bundle tests). */
    String pattern(UiLanguage lang, String key) {
        return pattern(lang.code(), key);
    }

    private String pattern(String code, String key) {
        try {
            return bundle(code).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in bundle " + bundle + " for " + code, e);
        }
    }

    Set<String> keys(String code) {
        return bundle(code).keySet();
    }

    boolean has(String code, String key) {
        return bundle(code).containsKey(key);
    }

    private ResourceBundle bundle(String code) {
        return bundles.computeIfAbsent(code, c -> {
            try {
                return ResourceBundle.getBundle("i18n." + bundle, Locale.forLanguageTag(c),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException e) {
                throw new IllegalStateException("no bundle i18n/" + bundle + "_" + c + ".properties", e);
            }
        });
    }
}
