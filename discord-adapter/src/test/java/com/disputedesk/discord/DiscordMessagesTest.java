package com.disputedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import org.junit.jupiter.api.Test;

class DiscordMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Messages messages = new Messages("discord");

        assertThat(messages.keys(UiLanguage.ZH)).containsExactlyInAnyOrderElementsOf(messages.keys(UiLanguage.EN));
    }

    @Test
    void commandTextsFitDiscordsLimits() {
        Messages messages = new Messages("discord");
        for (UiLanguage lang : UiLanguage.values()) {
            for (String key : messages.keys(lang)) {
                if (key.startsWith("cmd.") || key.startsWith("opt.")) {
                    assertThat(messages.get(lang, key)).as(lang + " " + key).hasSizeBetween(1, 100);
                }
            }
        }
    }
}
