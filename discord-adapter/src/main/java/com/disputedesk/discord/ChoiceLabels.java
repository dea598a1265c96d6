package com.disputedesk.discord;

import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The names Discord shows for the values of a closed set in a team language: the adapter's own menu words where
 * its bundle has them (settings, filters), else the core's glossary (reasons, outcomes, answers), a team language
 * by its own name; a value without a label shows its code.
 */
final class ChoiceLabels {
    private final Messages messages = new Messages("discord");

    String label(Coded value, UiLanguage lang) {
        if (value instanceof UiLanguage language) {
            return Glossary.ownName(language);
        }
        return adapterLabel(value, lang).orElseGet(() -> glossaryLabel(value, lang));
    }

    private static String glossaryLabel(Coded value, UiLanguage lang) {
        try {
            return Glossary.labelOf(lang, value);
        } catch (IllegalStateException notDomain) {
            return value.code();
        }
    }

    /** Key {@code <enum name in lower case>.<code>} of the adapter's bundle ("setting.zone"), where it has one. */
    private Optional<String> adapterLabel(Coded value, UiLanguage lang) {
        String key = ((Enum<?>) value).getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.code();
        try {
            return Optional.of(messages.get(lang, key));
        } catch (IllegalStateException | MissingResourceException none) {
            return Optional.empty();
        }
    }
}
