package com.disputedesk.core.store;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link CaseFacts} as the JSON the {@code dispute_case.facts} column holds. The stored shape is its own set of
 * plain records (no Optional, enums by their codes, money as an exact decimal string plus a currency code) so
 * renaming a Java field or enum constant never breaks rows already written.
 */
final class FactsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FactsJson() {
    }

    record MoneyJson(String amount, String currency) {
        static MoneyJson of(Money m) {
            return new MoneyJson(m.amount().toPlainString(), m.currency().getCurrencyCode());
        }

        Money toMoney() {
            return Money.of(amount, currency);
        }
    }

    /** {@code daysSilent}: days since tracking last changed, null when not asked or skipped. */
    record ShippingJson(String trackingNumber, String status, int daysSinceShipment, Integer daysSilent) {
    }

    record Stored(String marketplace, String orderId, String buyer, String buyerLanguage, String reason,
                  String request, MoneyJson requestAmount, MoneyJson orderAmount, MoneyJson itemCost,
                  MoneyJson shippingCost, ShippingJson shipping, List<String> evidence, String openedOn,
                  String openedAt, String region) {
    }

    static String write(CaseFacts f) {
        Stored s = new Stored(f.marketplace(), f.orderId(), f.buyer(), f.buyerLanguage(), f.reason().code(),
                f.request() == null ? null : f.request().kind().code(),
                f.request() == null ? null : f.request().amount().map(MoneyJson::of).orElse(null),
                MoneyJson.of(f.orderAmount()),
                opt(f.itemCost()).map(MoneyJson::of).orElse(null),
                opt(f.shippingCost()).map(MoneyJson::of).orElse(null),
                opt(f.shipping()).map(sh -> new ShippingJson(opt(sh.trackingNumber()).orElse(null),
                        sh.status().code(), sh.daysSinceShipment(),
                        sh.daysSilent().isPresent() ? sh.daysSilent().getAsInt() : null)).orElse(null),
                f.evidence().stream().sorted(Comparator.naturalOrder()).map(EvidenceKind::code)
                        .collect(Collectors.toList()),
                f.openedOn() == null ? null : f.openedOn().toString(),
                opt(f.openedAt()).map(Instant::toString).orElse(null), opt(f.region()).orElse(null));
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case facts cannot be written as JSON", e);
        }
    }

    static CaseFacts read(String json) {
        Stored s;
        try {
            s = MAPPER.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored case facts are not readable: " + e.getOriginalMessage(), e);
        }
        BuyerRequest request = s.request() == null ? null
                : new BuyerRequest(code(RequestKind.class, s.request()),
                Optional.ofNullable(s.requestAmount()).map(MoneyJson::toMoney));
        Optional<ShippingFacts> shipping = Optional.ofNullable(s.shipping())
                .map(sh -> new ShippingFacts(Optional.ofNullable(sh.trackingNumber()),
                        code(CarrierStatus.class, sh.status()), sh.daysSinceShipment(),
                        sh.daysSilent() == null ? OptionalInt.empty() : OptionalInt.of(sh.daysSilent())));
        Set<EvidenceKind> evidence = EnumSet.noneOf(EvidenceKind.class);
        if (s.evidence() != null) {
            s.evidence().forEach(e -> evidence.add(code(EvidenceKind.class, e)));
        }
        return new CaseFacts(s.marketplace(), s.orderId(), s.buyer(), s.buyerLanguage(),
                code(Reason.class, s.reason()), request, s.orderAmount().toMoney(),
                Optional.ofNullable(s.itemCost()).map(MoneyJson::toMoney),
                Optional.ofNullable(s.shippingCost()).map(MoneyJson::toMoney), shipping, evidence,
                s.openedOn() == null ? null : LocalDate.parse(s.openedOn()),
                Optional.ofNullable(s.openedAt()).map(Instant::parse), Optional.ofNullable(s.region()));
    }

    /** Tolerates a null Optional from a careless caller: stored as absent. */
    private static <T> Optional<T> opt(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.parse(type, code).orElseThrow(() ->
                new IllegalStateException("stored " + type.getSimpleName() + " code '" + code + "' is unknown"));
    }
}
