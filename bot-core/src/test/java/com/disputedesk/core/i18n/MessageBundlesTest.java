package com.disputedesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.kernel.UiLanguage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle of the engine speaks every team language, with the same keys and usable patterns: a
 * team language added to {@link UiLanguage} without its files fails here, naming the files and keys it lacks.
 */
class MessageBundlesTest {

    /** The bundles shipped in bot-core: every i18n/&lt;name&gt;_en.properties. */
    static List<String> bundles() throws IOException, URISyntaxException {
        Path folder = Path.of(Messages.class.getResource("/i18n/bot_en.properties").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - "_en.properties".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTeamLanguageHasTheSameKeysAsEnglish(String bundle) {
        assertThat(new Messages(bundle).keys(UiLanguage.EN)).isNotEmpty();
        for (UiLanguage lang : UiLanguage.values()) {
            assertThat(BundleGaps.of(bundle, lang.code())).as("%s in %s", bundle, lang).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyPatternFormatsWithoutLeftoverPlaceholdersOrDoubledQuotes(String bundle) {
        Messages m = new Messages(bundle);
        for (UiLanguage lang : UiLanguage.values()) {
            for (String key : m.keys(lang)) {
                // A pattern that counts ({0,choice,1#day|1<{0} days}) takes numbers; every other one, text.
                Object[] args = m.pattern(lang, key).matches("(?s).*\\{\\d,(choice|number).*")
                        ? new Object[] {1, 2, 3, 4, 5, 6, 7, 8} : new Object[] {"a", "b", "c", "d", "e", "f", "g", "h"};
                assertThat(m.get(lang, key, args))
                        .as("%s %s %s", bundle, lang, key)
                        .doesNotContain("{0}", "{1}", "''");
                String pattern = m.pattern(lang, key);
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    assertThat(m.get(lang, key)).as("%s %s %s read without arguments", bundle, lang, key)
                            .doesNotContain("''");
                }
                // MessageFormat drops a single quote: "the team's chats" would read "the teams chats"
                assertThat(pattern.replace("''", "")).as("%s %s %s: write '' for a quote", bundle, lang, key)
                        .doesNotContain("'");
            }
        }
    }
}
