package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.disputedesk.core.testkit.ConfigFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad clock data stops the start with the file, the clock's field and what is wrong. */
class PlaybookClocksValidationTest {
    /** AliExpress's first clock in the shipped playbook, from its id to its window. */
    private static final String RESPOND = "      - id: respond\n        name:\n          en: \"accept or reject the"
            + " buyer's request\"\n          zh: \"同意或拒绝买家的申请\"\n        window: 5d\n"
            + "        starts: [opened, request-changed]\n        stops: [offer-sent, buyer-replied]\n";
    private static final String TIKTOK_REGIONS = "        regions:\n          TH: 1 business day\n";

    @TempDir
    Path config;

    private ConfigFixture fixture;

    @BeforeEach
    void copyShippedConfig() {
        fixture = ConfigFixture.copyOfShipped(config);
    }

    private void respond(String from, String to) {
        fixture.edit("playbook.yml", RESPOND, RESPOND.replace(from, to));
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> loading(String message) {
        return assertThatThrownBy(() -> Playbook.load(config)).isInstanceOf(PlaybookException.class)
                .hasMessage(config.resolve("playbook.yml") + ": " + message);
    }

    @Test
    void aWindowThatIsNoDuration() {
        respond("window: 5d", "window: five days");
        loading("marketplaces[0].clocks[0].window: expected an ISO-8601 duration like P5D or PT48H (or 5d / 48h /"
                + " 3 business days), got 'five days'");
    }

    @Test
    void aMissingWindow() {
        respond("        window: 5d\n", "");
        loading("marketplaces[0].clocks[0].window: missing");
    }

    @Test
    void anEventThatIsNoEvent() {
        respond("starts: [opened, request-changed]", "starts: [opened, buyer-moved]");
        assertThatThrownBy(() -> Playbook.load(config)).isInstanceOf(PlaybookException.class)
                .hasMessageStartingWith(config.resolve("playbook.yml") + ": marketplaces[0].clocks[0].starts[1]:"
                        + " unknown event 'buyer-moved' (expected one of: opened, request-changed, offer-sent");
    }

    @Test
    void anEventThatOnlyStopsCannotStart() {
        respond("starts: [opened, request-changed]", "starts: [opened, offer-sent]");
        loading("marketplaces[0].clocks[0].starts[1]: 'offer-sent' cannot start a clock (expected one of: opened,"
                + " request-changed, offer-rejected, return-agreed, return-received)");
    }

    @Test
    void theOpeningCannotStopAClock() {
        respond("stops: [offer-sent, buyer-replied]", "stops: [opened]");
        loading("marketplaces[0].clocks[0].stops[0]: 'opened' cannot stop a clock");
    }

    @Test
    void aClockWithNothingToStartIt() {
        respond("        starts: [opened, request-changed]\n", "");
        loading("marketplaces[0].clocks[0].starts: missing: what starts the clock (opened, request-changed,"
                + " offer-rejected, return-agreed, return-received)");
    }

    @Test
    void aMarketplaceWhoseClocksTheOpeningDoesNotStart() {
        respond("starts: [opened, request-changed]", "starts: [request-changed]");
        fixture.edit("playbook.yml", "        window: 7d\n        starts: [opened]\n",
                "        window: 7d\n        starts: [offer-rejected]\n");
        loading("marketplaces[0].clocks: no clock starts when the dispute is opened: give one 'starts: [opened]'");
    }

    @Test
    void aClockDeclaredTwice() {
        fixture.edit("playbook.yml", "      - id: platform\n", "      - id: respond\n");
        loading("marketplaces[0].clocks[1].id: clock 'respond' is declared twice");
    }

    @Test
    void aClockWithoutVerifiedOrMissedText() {
        fixture.edit("playbook.yml", "        verified: false\n      # Seller guides: an agreed return",
                "      # Seller guides: an agreed return");
        loading("marketplaces[0].clocks[1].verified: missing: true when a source confirms the window, false"
                + " otherwise (say which source in a comment)");
    }

    @Test
    void aMissedTextWithoutChineseIsStillEnglishButAnEmptyOneIsRefused() {
        fixture.edit("playbook.yml", "          zh: \"速卖通平台介入，依据双方提交的证据裁决\"\n", "          zh: \"\"\n");
        loading("marketplaces[0].clocks[1].on-missed.zh: empty: write the text or leave the key out");
    }

    @Test
    void aRegionThatIsNoCountry() {
        fixture.edit("playbook.yml", TIKTOK_REGIONS, TIKTOK_REGIONS.replace("TH:", "Thailand:"));
        loading("marketplaces[5].clocks[0].regions.Thailand: expected a country code of two capital letters"
                + " (ISO 3166, e.g. TH), got 'Thailand'");
        fixture.edit("playbook.yml", "Thailand:", "XX:");
        loading("marketplaces[5].clocks[0].regions.XX: expected a country code of two capital letters"
                + " (ISO 3166, e.g. TH), got 'XX'");
    }

    @Test
    void aRegionalWindowIsCheckedLikeAnyWindow() {
        fixture.edit("playbook.yml", TIKTOK_REGIONS, TIKTOK_REGIONS.replace("1 business day", "0 business days"));
        loading("marketplaces[5].clocks[0].regions.TH: must be longer than zero, got '0 business days'");
    }

    @Test
    void anUnknownBusinessCount() {
        fixture.edit("playbook.yml", "        business-count: from-moment\n        starts: [opened, request-changed]\n"
                + "        stops: [offer-sent, buyer-replied]\n        on-missed:\n          en: \"the return",
                "        business-count: same-time\n        starts: [opened, request-changed]\n"
                + "        stops: [offer-sent, buyer-replied]\n        on-missed:\n          en: \"the return");
        loading("marketplaces[5].clocks[0].business-count: expected whole-days or from-moment, got 'same-time'");
    }

    @Test
    void clocksAndTheOldResponseWindowTogetherAreRefused() {
        fixture.edit("playbook.yml", "    clocks:\n      # Seller guides (see notes)",
                "    response-window: P5D\n    clocks:\n      # Seller guides (see notes)");
        loading("marketplaces[0].response-window: give either clocks or response-window, not both"
                + " (response-window is the shorthand for one 'respond' clock)");
    }

    @Test
    void theOldResponseWindowStillLoadsAsOneRespondClock() {
        Raw.MarketplaceEntry old = new Raw.MarketplaceEntry("shop", "Shop",
                new Raw.OrderId("\\d+", com.fasterxml.jackson.databind.node.TextNode.valueOf("digits")),
                "3 business days", com.fasterxml.jackson.databind.node.TextNode.valueOf("buyer wins"), true, null,
                null, null, null, null);

        java.util.List<ClockRule> clocks = new MarketplaceCompiler(Path.of("playbook.yml"))
                .clocks("marketplaces[0]", old);

        assertThat(clocks).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("respond");
            assertThat(c.starts()).containsExactly(ClockEvent.OPENED);
            assertThat(c.stops()).containsExactlyInAnyOrder(ClockEvent.OFFER_SENT, ClockEvent.BUYER_REPLIED);
            assertThat(c.window()).isEqualTo(new ClockWindow.Business(3, java.util.Set.of(),
                    ClockWindow.Counting.WHOLE_DAYS));
            assertThat(c.verified()).isTrue();
        });
    }
}
