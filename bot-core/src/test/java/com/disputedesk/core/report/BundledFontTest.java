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
                String chinese = chinese(messages.get(UiLanguage.ZH, key));
                assertThat(bundled.awtBase().canDisplayUpTo(chinese)).as("%s %s: %s", bundle, key, chinese)
                        .isEqualTo(-1);
            }
        }
    }

    /** The Chinese characters and punctuation of {@code text} (symbols such as ✗ are drawn by other fonts). */
    private static String chinese(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    @Test
    void commonCharactersOfNamesAndNotesAreThereToo() {
        ReportFont bundled = ReportFont.bundled().orElseThrow();
        assertThat(bundled.shows("王芳 李娜 张伟 买家说尺码太小，要求退款 12.50 元")).isTrue();
    }
}
