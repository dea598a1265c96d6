package com.disputedesk.core.kernel;

import java.util.Locale;

/**
 * The language the bot speaks to the team (not to buyers).
 *
 * <p>A team language is data, not code. Everything the bot says comes from message bundles
 * ({@code i18n/<bundle>_<code>.properties}: one glossary of domain labels plus one bundle per feature) and from
 * playbook texts written as {@code {en: ..., zh: ...}} maps ({@code LocalText}); both are looked up by
 * {@link #code()} alone and work for any code that has files. No core code outside the i18n package picks a
 * language by its constant; English alone may be named, as the {@link #FALLBACK} every playbook text falls back
 * to (an ArchUnit test refuses any other constant there).
 *
 * <p>So a third team language is this enum's constant plus its bundle files. The bundle tests walk
 * {@link #values()}: a new constant without a complete set of bundles fails them with the missing files and
 * keys; the playbook accepts texts in the new code as soon as the constant exists, and falls back to English
 * where it has none. A test in the i18n package shows the whole path with a stub language {@code xx} whose
 * bundles live only in the test resources. Still written out by hand: the usage lines that list the codes
 * ("/lang en|zh", "/settings language en|zh") in each bundle, and the adapters' platform words (Discord locale
 * names, Telegram menu languages), which they choose from these constants.
 */
public enum UiLanguage implements Coded {
    EN("en"),
    ZH("zh");

    /** The language every text falls back to when it has none in the team's language. */
    public static final UiLanguage FALLBACK = EN;

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code: the suffix of its bundle files and its key in playbook texts. */
    @Override
    public String code() {
        return code;
    }

    /**
     * The team language a client's language tag ("zh-CN", "en-US", "pt-BR") asks for, or the fallback when the
     * desk has none in that language.
     */
    public static UiLanguage forTag(String tag) {
        if (tag == null) {
            return FALLBACK;
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        for (UiLanguage l : values()) {
            if (l.code.equals(language)) {
                return l;
            }
        }
        return FALLBACK;
    }

    /** The locale to name things in (languages, countries) for this team. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
