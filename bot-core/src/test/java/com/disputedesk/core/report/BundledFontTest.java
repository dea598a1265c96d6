package com.disputedesk.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The font bundled for machines without a Chinese font draws every word the bot itself writes in Chinese, and the
 * common characters of buyers' names and notes.
 */
class BundledFontTest {
    private static final List<String> BUNDLES =
            List.of("bot", "commands", "dialog", "export", "glossary", "intake", "remedy", "remind", "stats");

    @Test
    void theBundledFontShowsEveryChineseTextOfTheBot() {
        ReportFont bundled = ReportFont.bundled().orElseThrow();
        assertThat(bundled.coversCjk()).isTrue();
        for (String bundle : BUNDLES) {
            Messages messages = new Messages(bundle);
            for (String key : messages.keys(UiLanguage.ZH)) {
                String text = messages.get(UiLanguage.ZH, key);
                assertThat(bundled.awtBase().canDisplayUpTo(text)).as("%s %s: %s", bundle, key, text).isEqualTo(-1);
            }
        }
    }

    @Test
    void commonCharactersOfNamesAndNotesAreThereToo() {
        ReportFont bundled = ReportFont.bundled().orElseThrow();
        assertThat(bundled.shows("王芳 李娜 张伟 买家说尺码太小，要求退款 12.50 元")).isTrue();
    }
}
