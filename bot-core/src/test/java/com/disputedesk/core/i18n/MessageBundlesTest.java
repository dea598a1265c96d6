package com.disputedesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.team.UiLanguage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message bundle of the engine speaks both team languages, with the same keys and usable patterns. */
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
    void englishAndChineseHaveTheSameKeys(String bundle) {
        Messages m = new Messages(bundle);
        assertThat(m.keys(UiLanguage.EN)).isNotEmpty();
        assertThat(m.keys(UiLanguage.ZH)).containsExactlyInAnyOrderElementsOf(m.keys(UiLanguage.EN));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyPatternFormatsWithoutLeftoverPlaceholdersOrDoubledQuotes(String bundle) {
        Messages m = new Messages(bundle);
        for (UiLanguage lang : UiLanguage.values()) {
            for (String key : m.keys(lang)) {
                assertThat(m.get(lang, key, "a", "b", "c", "d", "e", "f", "g", "h"))
                        .as("%s %s %s", bundle, lang, key)
                        .doesNotContain("{0}", "{1}", "''");
            }
        }
    }
}
