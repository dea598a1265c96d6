package com.disputedesk.telegram;

import com.disputedesk.core.chat.Choice;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The callback_data of our inline buttons, written and read only here: a version tag and the core's
 * {@link Choice#id()}. Telegram allows 1-64 bytes; a choice id is at most 48 ASCII characters, so it always fits.
 *
 * @param choiceId the core's choice id
 */
record CallbackData(String choiceId) {
    static final int MAX_BYTES = 64;
    private static final String TAG = "c1|";

    CallbackData {
        if (choiceId.isEmpty() || (TAG + choiceId).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("choice id does not fit in callback data: " + choiceId);
        }
    }

    static CallbackData of(Choice choice) {
        return new CallbackData(choice.id());
    }

    String encode() {
        return TAG + choiceId;
    }

    /** The data of a button we made; empty for anything else (old keyboards, other bots' buttons). */
    static Optional<CallbackData> parse(String data) {
        if (data == null || !data.startsWith(TAG) || data.length() == TAG.length()
                || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new CallbackData(data.substring(TAG.length())));
    }
}
