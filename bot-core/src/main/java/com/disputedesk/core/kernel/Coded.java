package com.disputedesk.core.kernel;

import java.util.Locale;
import java.util.Optional;

/** An enum constant with a short lower-case code members type ("not-received") and store. */
public interface Coded {
    String code();

    /** The constant whose code (or name) matches {@code text}, ignoring case, '_' vs '-' and spaces. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
