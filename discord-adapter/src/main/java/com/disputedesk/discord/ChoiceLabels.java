package com.disputedesk.discord;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The names Discord shows for the values of a closed set (a reason, an outcome, a filter) in a team language.
 * The one place such a label is looked up, so it can later come from a shared glossary; a value without a label
 * shows its code.
 */
final class ChoiceLabels {
    private final Messages messages = new Messages("discord");

    /** "Wrong size" for {@code Reason.WRONG_SIZE}: key {@code <enum name in lower case>.<code>} of the bundle. */
    String label(Coded value, UiLanguage lang) {
        String key = ((Enum<?>) value).getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "." + value.code();
        try {
            return messages.get(lang, key);
        } catch (IllegalStateException | MissingResourceException none) {
            return value.code();
        }
    }
}
