package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Untrusted file names from chat clients become safe names inside a case folder. */
class FileNamesTest {

    @Test
    void keepsAnOrdinaryNameAsItIs() {
        assertThat(FileNames.sanitize("tracking screenshot 2026-03-01.png")).isEqualTo("tracking screenshot 2026-03-01.png");
        assertThat(FileNames.sanitize("尺码标签.jpg")).isEqualTo("尺码标签.jpg");
    }

    @Test
    void dropsFoldersOfEitherSeparator() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("C:\\Users\\me\\Desktop\\label.jpg")).isEqualTo("label.jpg");
        assertThat(FileNames.sanitize("/absolute/path/")).isEqualTo("file");
    }

    @Test
    void neverYieldsDotDotOrAHiddenFile() {
        assertThat(FileNames.sanitize("..")).isEqualTo("file");
        assertThat(FileNames.sanitize(".")).isEqualTo("file");
        assertThat(FileNames.sanitize(".bashrc")).isEqualTo("bashrc");
        assertThat(FileNames.sanitize("photo..jpg")).isEqualTo("photo.jpg");
        assertThat(FileNames.sanitize("a...b")).doesNotContain("..");
        assertThat(FileNames.sanitize("trailing. . ")).isEqualTo("trailing");
    }

    @Test
    void replacesControlAndReservedCharacters() {
        assertThat(FileNames.sanitize("a\u0000b\nc\u202Ed.txt")).isEqualTo("a_b_c_d.txt");
        assertThat(FileNames.sanitize("what?<is>\"this\"|*:.pdf")).isEqualTo("what__is__this____.pdf");
        assertThat(FileNames.sanitize("tab\there.txt")).isEqualTo("tab_here.txt");
    }

    @Test
    void avoidsWindowsDeviceNames() {
        assertThat(FileNames.sanitize("CON.txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.sanitize("nul")).isEqualTo("_nul");
    }

    @Test
    void givesAnEmptyOrMissingNameAFallback() {
        assertThat(FileNames.sanitize("")).isEqualTo("file");
        assertThat(FileNames.sanitize(null)).isEqualTo("file");
        assertThat(FileNames.sanitize("   ")).isEqualTo("file");
    }

    @Test
    void shortensLongNamesKeepingTheExtensionAndWholeCharacters() {
        String longLatin = FileNames.sanitize("x".repeat(5_000) + ".jpeg");
        String longChinese = FileNames.sanitize("图".repeat(500) + ".png");

        assertThat(longLatin).endsWith(".jpeg");
        assertThat(longLatin.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(longChinese).endsWith(".png").startsWith("图");
        assertThat(longChinese.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(longChinese.replace(".png", "")).matches("图+");
    }

    @Test
    void numbersAlternativesBeforeTheExtension() {
        assertThat(FileNames.alternative("photo.jpg", 2)).isEqualTo("photo (2).jpg");
        assertThat(FileNames.alternative("README", 3)).isEqualTo("README (3)");
        String alt = FileNames.alternative(FileNames.sanitize("y".repeat(500) + ".jpg"), 12);
        assertThat(alt).endsWith(" (12).jpg");
        assertThat(alt.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(FileNames.MAX_BYTES);
    }
}
