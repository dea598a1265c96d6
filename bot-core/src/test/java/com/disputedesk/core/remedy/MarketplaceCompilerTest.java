package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The spellings an operator may use for a marketplace's response window, and the ones that stop the load. */
class MarketplaceCompilerTest {
    private final MarketplaceCompiler compiler = new MarketplaceCompiler(Path.of("playbook.yml"));

    private static Raw.MarketplaceEntry withWindow(String window) {
        return new Raw.MarketplaceEntry("shop", "Shop", new Raw.OrderId("\\d+", TextNode.valueOf("digits")), window,
                TextNode.valueOf("buyer wins"), true, null, null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
        "P5D,             P5D,   false",
        "PT48H,           PT48H, false",
        "5d,              P5D,   false",
        "2 days,          P2D,   false",
        "48 hours,        PT48H, false",
        "48h,             PT48H, false",
        "3 business days, P3D,   true",
        "1 business day,  P1D,   true",
        "2 BD,            P2D,   true",
    })
    void aWindowMayBeWrittenInIsoShortOrBusinessDayForm(String written, Duration window, boolean businessDays) {
        Marketplace m = compiler.marketplace("marketplaces[0]", withWindow(written));

        assertThat(m.responseWindow()).isEqualTo(window);
        assertThat(m.businessDays()).isEqualTo(businessDays);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 business days", "0d", "PT0S", "-P1D"})
    void aWindowMustBeLongerThanZero(String written) {
        assertThatThrownBy(() -> compiler.marketplace("marketplaces[0]", withWindow(written)))
                .isInstanceOf(PlaybookException.class)
                .hasMessage("playbook.yml: marketplaces[0].response-window: must be longer than zero, got '"
                        + written + "'");
    }
}
