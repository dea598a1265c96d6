package com.disputedesk.core.remedy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The playbook and template files exactly as written, before validation. Strings stay strings here so that
 * {@link PlaybookCompiler} can say which value is wrong and what was expected. A text for the team is a
 * {@link JsonNode}: either a plain string (English) or a map of language code to text, read by
 * {@link LocalTextCompiler}.
 */
final class Raw {
    private Raw() {
    }

    record Playbook(Seller seller, Shipping shipping, List<MarketplaceEntry> marketplaces,
                    Map<String, ReasonEntry> reasons) {
    }

    record Seller(@JsonProperty("item-cost-share") BigDecimal itemCostShare,
                  @JsonProperty("shipping-cost-share") BigDecimal shippingCostShare,
                  @JsonProperty("tolerated-loss-share") BigDecimal toleratedLossShare) {
    }

    record Shipping(@JsonProperty("promised-delivery-days") Integer promisedDeliveryDays,
                    @JsonProperty("lost-after-silent-days") Integer lostAfterSilentDays) {
    }

    record MarketplaceEntry(String id, String name, @JsonProperty("order-id") OrderId orderId,
                            @JsonProperty("response-window") String responseWindow,
                            @JsonProperty("on-missed-deadline") JsonNode onMissedDeadline, Boolean verified,
                            @JsonProperty("promised-delivery-days") Integer promisedDeliveryDays, Policy policy,
                            List<String> holidays, List<ClockEntry> clocks, List<ThresholdEntry> thresholds) {
    }

    record ThresholdEntry(String measure, @JsonProperty("max-percent") BigDecimal maxPercent, Boolean verified) {
    }

    record ClockEntry(String id, JsonNode name, String window, Map<String, String> regions, List<String> starts,
                      List<String> stops, @JsonProperty("on-missed") JsonNode onMissed, Boolean verified,
                      @JsonProperty("business-count") String businessCount) {
    }

    record OrderId(String pattern, JsonNode hint) {
    }

    record Policy(@JsonProperty("partial-refunds") Boolean partialRefunds, Boolean coupons,
                  @JsonProperty("forbidden-offers") List<String> forbiddenOffers, JsonNode why) {
    }

    record ReasonEntry(List<Rung> ladder, List<String> evidence, List<Never> never) {
    }

    /** Offers a reason must never get, and why (shown when one is left out). */
    record Never(List<String> offers, JsonNode why) {
    }

    record Rung(String id, String offer, When when, BigDecimal percent,
                @JsonProperty("percent-of-item-cost") BigDecimal percentOfItemCost,
                @JsonProperty("accept-buyer-request") Boolean acceptBuyerRequest, JsonNode why) {
    }

    record When(@JsonProperty("carrier-status") List<String> carrierStatus,
                @JsonProperty("within-promised-time") Boolean withinPromisedTime,
                @JsonProperty("buyer-requests") List<String> buyerRequests) {
    }

    record Templates(String greeting, @JsonProperty("greeting-no-name") String greetingNoName, String apology,
                     String tracking, String alternative, String question, String agree,
                     @JsonProperty("follow-up") String followUp, String closing, String breakdown,
                     Map<String, String> offers) {
    }
}
