package com.disputedesk.core.remedy;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.Coded;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.disputedesk.core.remedy.Rung.AmountRule;
import com.disputedesk.core.remedy.Rung.Basis;
import com.disputedesk.core.remedy.Rung.Condition;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks the raw playbook field by field and turns it into typed values. The first problem found stops the
 * load with "file: field.path: what is wrong".
 */
final class PlaybookCompiler {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern BUSINESS_DAYS =
            Pattern.compile("(\\d+)\\s*(bd|business days?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_WINDOW =
            Pattern.compile("(\\d+)\\s*(d|day|days|h|hour|hours)", Pattern.CASE_INSENSITIVE);
    private static final EnumSet<OfferKind> PERCENT_KINDS = EnumSet.of(OfferKind.COUPON, OfferKind.PARTIAL_REFUND);

    private final Path file;

    PlaybookCompiler(Path file) {
        this.file = file;
    }

    private PlaybookException problem(String path, String what) {
        return new PlaybookException(file + ": " + path + ": " + what);
    }

    SellerEconomics economics(Raw.Seller seller) {
        if (seller == null) {
            throw problem("seller", "missing (item-cost-share, shipping-cost-share, tolerated-loss-share)");
        }
        return new SellerEconomics(share("seller.item-cost-share", seller.itemCostShare()),
                share("seller.shipping-cost-share", seller.shippingCostShare()),
                share("seller.tolerated-loss-share", seller.toleratedLossShare()));
    }

    private BigDecimal share(String path, BigDecimal value) {
        if (value == null) {
            throw problem(path, "missing (a share between 0 and 1, e.g. 0.45)");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw problem(path, "must be a share between 0 and 1, got " + value.toPlainString());
        }
        return value;
    }

    int promisedDays(String path, Integer days) {
        if (days == null) {
            throw problem(path, "missing (days from shipment within which delivery was promised)");
        }
        if (days < 1 || days > 365) {
            throw problem(path, "must be between 1 and 365 days, got " + days);
        }
        return days;
    }

    Marketplace marketplace(String path, Raw.MarketplaceEntry m) {
        String id = text(path + ".id", m.id());
        if (!ID.matcher(id).matches()) {
            throw problem(path + ".id", "use lower-case letters, digits and '-', got '" + id + "'");
        }
        String name = text(path + ".name", m.name());
        if (m.orderId() == null) {
            throw problem(path + ".order-id", "missing (pattern and hint)");
        }
        String regex = text(path + ".order-id.pattern", m.orderId().pattern());
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw problem(path + ".order-id.pattern", "not a valid regular expression: " + e.getDescription());
        }
        String hint = text(path + ".order-id.hint", m.orderId().hint());
        String windowText = text(path + ".response-window", m.responseWindow());
        Matcher business = BUSINESS_DAYS.matcher(windowText.trim());
        boolean businessDays = business.matches();
        Duration window = businessDays ? Duration.ofDays(Long.parseLong(business.group(1)))
                : window(path + ".response-window", windowText);
        if (window.isZero()) {
            throw problem(path + ".response-window", "must be longer than zero, got '" + windowText + "'");
        }
        String onMissed = text(path + ".on-missed-deadline", m.onMissedDeadline());
        Optional<String> onMissedZh = optionalText(path + ".on-missed-deadline-zh", m.onMissedDeadlineZh());
        boolean verified = m.verified() != null && m.verified();
        Raw.Policy policy = m.policy() == null ? new Raw.Policy(null, null, null) : m.policy();
        Set<OfferKind> forbidden = EnumSet.noneOf(OfferKind.class);
        List<String> forbiddenCodes = policy.forbiddenOffers() == null ? List.of() : policy.forbiddenOffers();
        for (int i = 0; i < forbiddenCodes.size(); i++) {
            String at = path + ".policy.forbidden-offers[" + i + "]";
            OfferKind kind = code(at, "offer kind", OfferKind.class, forbiddenCodes.get(i));
            if (kind == OfferKind.FULL_REFUND) {
                throw problem(at, "full-refund cannot be forbidden: it is every ladder's last resort");
            }
            forbidden.add(kind);
        }
        Set<LocalDate> holidays = holidays(path + ".holidays", m.holidays(), businessDays, windowText);
        return new Marketplace(id, name, pattern, hint, window, onMissed, verified,
                policy.partialRefunds() == null || policy.partialRefunds(),
                policy.coupons() == null || policy.coupons(), forbidden, businessDays, onMissedZh, holidays);
    }

    /** The days a business-day window skips; a day listed twice counts once. */
    private Set<LocalDate> holidays(String path, List<String> dates, boolean businessDays, String windowText) {
        if (dates == null || dates.isEmpty()) {
            return Set.of();
        }
        if (!businessDays) {
            throw problem(path, "holidays only apply to a window in business days (like \"3 business days\"),"
                    + " this window is calendar time: '" + windowText + "'");
        }
        Set<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < dates.size(); i++) {
            String at = path + "[" + i + "]";
            String date = text(at, dates.get(i));
            try {
                days.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw problem(at, "expected a date as YYYY-MM-DD, e.g. 2026-12-25, got '" + date + "'");
            }
        }
        return days;
    }

    /** "P5D", "PT48H", "5d", "48 hours". */
    private Duration window(String path, String text) {
        Duration window;
        Matcher m = SHORT_WINDOW.matcher(text.trim());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            window = m.group(2).toLowerCase(Locale.ROOT).startsWith("d") ? Duration.ofDays(n) : Duration.ofHours(n);
        } else {
            try {
                window = Duration.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw problem(path, "expected an ISO-8601 duration like P5D or PT48H (or 5d / 48h / 3 business days), got '"
                        + text + "'");
            }
        }
        if (window.isNegative() || window.isZero()) {
            throw problem(path, "must be longer than zero, got '" + text + "'");
        }
        return window;
    }

    Map<Reason, List<Rung>> ladders(Map<String, Raw.ReasonEntry> reasons, Map<Reason, List<EvidenceKind>> evidence) {
        if (reasons == null) {
            throw problem("reasons", "missing: every reason needs a ladder");
        }
        Map<Reason, List<Rung>> ladders = new EnumMap<>(Reason.class);
        for (Map.Entry<String, Raw.ReasonEntry> e : reasons.entrySet()) {
            String path = "reasons." + e.getKey();
            Reason reason = code(path, "reason", Reason.class, e.getKey());
            if (!reason.code().equals(e.getKey())) {
                throw problem(path, "write the reason as '" + reason.code() + "'");
            }
            Raw.ReasonEntry entry = e.getValue();
            if (entry == null || entry.ladder() == null || entry.ladder().isEmpty()) {
                throw problem(path + ".ladder", "missing: the reason needs at least one rung");
            }
            ladders.put(reason, ladder(reason, path + ".ladder", entry.ladder()));
            evidence.put(reason, evidenceList(path + ".evidence", entry.evidence()));
        }
        for (Reason reason : Reason.values()) {
            if (!ladders.containsKey(reason)) {
                throw problem("reasons", "missing ladder for reason '" + reason.code() + "'");
            }
        }
        return ladders;
    }

    private List<EvidenceKind> evidenceList(String path, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw problem(path, "missing: list what the marketplace will ask for (e.g. [order-chat])");
        }
        List<EvidenceKind> kinds = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            EvidenceKind kind = code(path + "[" + i + "]", "evidence kind", EvidenceKind.class, codes.get(i));
            if (kinds.contains(kind)) {
                throw problem(path + "[" + i + "]", "'" + kind.code() + "' is listed twice");
            }
            kinds.add(kind);
        }
        return List.copyOf(kinds);
    }

    private List<Rung> ladder(Reason reason, String path, List<Raw.Rung> raw) {
        List<Rung> rungs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = path + "[" + i + "]";
            Raw.Rung r = raw.get(i);
            if (r == null) {
                throw problem(at, "empty rung");
            }
            OfferKind kind = code(at + ".offer", "offer kind", OfferKind.class, text(at + ".offer", r.offer()));
            String id = r.id() == null ? kind.code() : r.id().trim();
            if (!ID.matcher(id).matches()) {
                throw problem(at + ".id", "use lower-case letters, digits and '-', got '" + id + "'");
            }
            if (!ids.add(id)) {
                throw problem(at + ".id", "rule '" + reason.code() + "." + id
                        + "' is already used in this ladder: give this rung its own id");
            }
            rungs.add(new Rung(reason.code() + "." + id, kind, condition(at + ".when", r.when()),
                    amount(at, kind, r), text(at + ".why", r.why()), optionalText(at + ".why-zh", r.whyZh())));
        }
        Rung last = rungs.get(rungs.size() - 1);
        if (last.kind() != OfferKind.FULL_REFUND || !last.when().isAlways()) {
            throw problem(path + "[" + (rungs.size() - 1) + "]",
                    "the last rung must be a full-refund without conditions (the last resort), got "
                            + last.kind().code() + (last.when().isAlways() ? "" : " with conditions"));
        }
        return List.copyOf(rungs);
    }

    private AmountRule amount(String at, OfferKind kind, Raw.Rung r) {
        boolean accept = r.acceptBuyerRequest() != null && r.acceptBuyerRequest();
        if (r.percent() != null) {
            if (!PERCENT_KINDS.contains(kind)) {
                throw problem(at + ".percent", "only coupon and partial-refund rungs take a percent of the order"
                        + " amount, this rung is " + kind.code());
            }
            if (accept) {
                throw problem(at + ".percent", "a rung takes either a percent or accept-buyer-request, not both");
            }
        }
        if (r.percentOfItemCost() != null && kind != OfferKind.SEND_PART) {
            throw problem(at + ".percent-of-item-cost", "only send-part rungs take a percent of the item cost,"
                    + " this rung is " + kind.code());
        }
        if (accept && kind != OfferKind.PARTIAL_REFUND) {
            throw problem(at + ".accept-buyer-request", "only partial-refund rungs can accept the buyer's request,"
                    + " this rung is " + kind.code());
        }
        if (accept) {
            return AmountRule.of(Basis.BUYER_REQUEST);
        }
        if (r.percent() != null) {
            return new AmountRule(Basis.PERCENT_OF_ORDER, percent(at + ".percent", r.percent()));
        }
        if (r.percentOfItemCost() != null) {
            return new AmountRule(Basis.PERCENT_OF_ITEM_COST,
                    percent(at + ".percent-of-item-cost", r.percentOfItemCost()));
        }
        switch (kind) {
            case COUPON:
            case PARTIAL_REFUND:
                throw problem(at + ".percent", "missing: a " + kind.code()
                        + " rung needs a percent of the order amount (or accept-buyer-request: true)");
            case RESHIP:
                return AmountRule.of(Basis.RESHIP_COST);
            case RETURN_AND_REFUND:
            case FULL_REFUND:
                return AmountRule.of(Basis.ORDER_AMOUNT);
            default:
                return AmountRule.of(Basis.NONE);
        }
    }

    private BigDecimal percent(String path, BigDecimal p) {
        if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw problem(path, "must be between 0 and 100, got " + p.toPlainString());
        }
        if (p.signum() == 0) {
            throw problem(path, "must be more than 0 (leave the rung out instead)");
        }
        return p;
    }

    private Condition condition(String path, Raw.When when) {
        if (when == null) {
            return Condition.ALWAYS;
        }
        Set<CarrierStatus> statuses = EnumSet.noneOf(CarrierStatus.class);
        List<String> codes = when.carrierStatus() == null ? List.of() : when.carrierStatus();
        for (int i = 0; i < codes.size(); i++) {
            statuses.add(code(path + ".carrier-status[" + i + "]", "carrier status", CarrierStatus.class, codes.get(i)));
        }
        Set<RequestKind> requests = EnumSet.noneOf(RequestKind.class);
        List<String> asks = when.buyerRequests() == null ? List.of() : when.buyerRequests();
        for (int i = 0; i < asks.size(); i++) {
            requests.add(code(path + ".buyer-requests[" + i + "]", "buyer request", RequestKind.class, asks.get(i)));
        }
        return new Condition(Set.copyOf(statuses), Optional.ofNullable(when.withinPromisedTime()),
                Set.copyOf(requests));
    }

    String text(String path, String value) {
        if (value == null || value.isBlank()) {
            throw problem(path, "missing");
        }
        return value.trim();
    }

    /** An optional text: absent when the key is left out, but never present and empty. */
    private Optional<String> optionalText(String path, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            throw problem(path, "empty: write the text or leave the key out");
        }
        return Optional.of(value.trim());
    }

    private <E extends Enum<E> & Coded> E code(String path, String what, Class<E> type, String value) {
        if (value == null) {
            throw problem(path, "missing " + what);
        }
        return Coded.parse(type, value).orElseThrow(() -> problem(path, "unknown " + what + " '" + value
                + "' (expected one of: " + Arrays.stream(type.getEnumConstants()).map(Coded::code)
                .collect(Collectors.joining(", ")) + ")"));
    }

    CompiledPlaybook compile(Raw.Playbook raw, Map<String, TemplateSet> templates) {
        SellerEconomics economics = economics(raw.seller());
        if (raw.shipping() == null) {
            throw problem("shipping", "missing (promised-delivery-days)");
        }
        int defaultDays = promisedDays("shipping.promised-delivery-days", raw.shipping().promisedDeliveryDays());
        if (raw.marketplaces() == null || raw.marketplaces().isEmpty()) {
            throw problem("marketplaces", "missing: configure at least one marketplace");
        }
        List<Marketplace> marketplaces = new ArrayList<>();
        Map<String, Integer> days = new LinkedHashMap<>();
        for (int i = 0; i < raw.marketplaces().size(); i++) {
            String path = "marketplaces[" + i + "]";
            Raw.MarketplaceEntry entry = raw.marketplaces().get(i);
            if (entry == null) {
                throw problem(path, "empty entry");
            }
            Marketplace m = marketplace(path, entry);
            if (days.containsKey(m.id())) {
                throw problem(path + ".id", "marketplace '" + m.id() + "' is configured twice");
            }
            marketplaces.add(m);
            days.put(m.id(), entry.promisedDeliveryDays() == null ? defaultDays
                    : promisedDays(path + ".promised-delivery-days", entry.promisedDeliveryDays()));
        }
        Map<Reason, List<EvidenceKind>> evidence = new EnumMap<>(Reason.class);
        Map<Reason, List<Rung>> ladders = ladders(raw.reasons(), evidence);
        return new CompiledPlaybook(economics, List.copyOf(marketplaces), Map.copyOf(days), ladders, evidence,
                templates);
    }
}
