package com.disputedesk.core.intake;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.dialog.Answers;
import com.disputedesk.core.dialog.Codec;
import com.disputedesk.core.dialog.DialogSpec;
import com.disputedesk.core.dialog.Option;
import com.disputedesk.core.dialog.Parsed;
import com.disputedesk.core.dialog.Step;
import com.disputedesk.core.dialog.StepContext;
import com.disputedesk.core.dialog.StepKey;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Moments;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.MoneyParser;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.text.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The guided intake (/new) declared as data: the questions, in order, with their parsers, retry prompts and
 * conditions. What confirming does is {@link OpenCase}.
 */
public final class IntakeDialog {
    /**
     * How long each typed answer may be, in code points after {@link com.disputedesk.core.text.TextPolicy} cleaned
     * it (the README's intake paragraph lists them): a buyer name 100, an order id 64, a tracking number 40, an
     * amount or a number of days 40; the choice steps take the engine's short field (200).
     */
    static final TextField BUYER_FIELD = TextField.line(IntakeParsers.MAX_BUYER_LENGTH);
    static final TextField ORDER_FIELD = TextField.line(64);
    static final TextField TRACKING_FIELD = TextField.line(IntakeParsers.MAX_TRACKING_LENGTH);
    static final TextField NUMBER_FIELD = TextField.line(40);

    /** The dialog's id in the store. */
    public static final String ID = "intake";
    /** The command that starts it. */
    public static final String COMMAND = "new";

    /** The marketplace's id in the playbook. */
    static final StepKey<String> MARKET = StepKey.of("market", Codec.TEXT);
    static final StepKey<String> ORDER = StepKey.of("order", Codec.TEXT);
    /** The marketplace region, asked only where the marketplace's clocks differ by region; skipped: another one. */
    static final StepKey<String> REGION = StepKey.of("region", Codec.TEXT);
    static final StepKey<String> BUYER = StepKey.of("buyer", Codec.TEXT);
    /** The buyer's language as an ISO 639-1 code. */
    static final StepKey<String> LANGUAGE = StepKey.of("lang", Codec.TEXT);
    static final StepKey<Reason> REASON = StepKey.of("reason", IntakeCodecs.coded(Reason.class));
    static final StepKey<Money> AMOUNT = StepKey.of("amount", IntakeCodecs.MONEY_CODEC);
    static final StepKey<RequestKind> REQUEST = StepKey.of("request", IntakeCodecs.coded(RequestKind.class));
    static final StepKey<Money> PARTIAL = StepKey.of("partial", IntakeCodecs.MONEY_CODEC);
    static final StepKey<Money> ITEM_COST = StepKey.of("itemCost", IntakeCodecs.MONEY_CODEC);
    static final StepKey<Money> SHIP_COST = StepKey.of("shipCost", IntakeCodecs.MONEY_CODEC);
    static final StepKey<String> TRACKING = StepKey.of("tracking", Codec.TEXT);
    static final StepKey<CarrierStatus> CARRIER = StepKey.of("carrier", IntakeCodecs.coded(CarrierStatus.class));
    static final StepKey<Integer> DAYS = StepKey.of("days", Codec.INTEGER);
    /** Days since tracking last changed: asked only while a not-received parcel is on its way. */
    static final StepKey<Integer> SILENT = StepKey.of("silentDays", Codec.INTEGER);
    static final StepKey<Set<EvidenceKind>> EVIDENCE = StepKey.setOf("evidence",
            IntakeCodecs.coded(EvidenceKind.class));
    /** When the dispute was opened: a moment, read in the team's zone. */
    static final StepKey<Instant> OPENED = StepKey.of("opened", IntakeCodecs.MOMENT_CODEC);

    /** A moment as the team reads it, in its zone. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Remedies remedies;
    private final Messages messages;
    private final CaseStore cases;
    private final AmountCeilings ceilings;

    IntakeDialog(Remedies remedies, Messages messages, CaseStore cases, AmountCeilings ceilings) {
        this.remedies = remedies;
        this.messages = messages;
        this.cases = cases;
        this.ceilings = ceilings;
    }

    /**
     * The intake dialog over the playbook's marketplaces and languages; {@code onConfirm} opens the case. The
     * order id is looked up in {@code cases} (one open case per order), the order amount against {@code ceilings}.
     */
    public static DialogSpec spec(Remedies remedies, CaseStore cases, AmountCeilings ceilings,
                                  DialogSpec.Completion onConfirm) {
        return new IntakeDialog(remedies, new Messages("intake"), cases, ceilings).build(onConfirm);
    }

    DialogSpec build(DialogSpec.Completion onConfirm) {
        List<Step<?>> steps = List.of(
                Step.single(MARKET, text("step.market.label"), text("step.market.prompt"),
                        text("step.market.retry"), this::marketplaces),
                Step.text(ORDER, text("step.order.label"),
                        ctx -> msg(ctx, "step.order.prompt", market(ctx.answers()).map(Marketplace::name).orElse("")),
                        ctx -> market(ctx.answers()).map(m -> msg(ctx, "step.order.retry", m.name(),
                                        m.orderIdHint().in(ctx.language())))
                                .orElse(msg(ctx, "step.market.retry")),
                        this::orderId)
                        .within(ORDER_FIELD),
                Step.single(REGION, text("step.region.label"),
                                ctx -> msg(ctx, "step.region.prompt", market(ctx.answers()).map(Marketplace::name)
                                        .orElse("")),
                                text("step.region.retry"), this::regions)
                        .optional(text("step.region.skipped"))
                        .when(this::hasRegions),
                Step.text(BUYER, text("step.buyer.label"), text("step.buyer.prompt"),
                        ctx -> msg(ctx, "step.buyer.retry", IntakeParsers.MAX_BUYER_LENGTH),
                        (t, ctx) -> IntakeParsers.buyer(t))
                        .within(BUYER_FIELD),
                Step.single(LANGUAGE, text("step.lang.label"), text("step.lang.prompt"), text("step.lang.retry"),
                                this::languages)
                        .orParse((t, ctx) -> IntakeParsers.language(t))
                        .shown((code, ctx) -> languageName(code, ctx.language())),
                Step.single(REASON, text("step.reason.label"), text("step.reason.prompt"),
                        text("step.reason.retry"), ctx -> coded(Reason.class, ctx)),
                Step.text(AMOUNT, text("step.amount.label"), text("step.amount.prompt"), text("step.amount.retry"),
                        this::orderAmount)
                        .within(NUMBER_FIELD),
                Step.single(REQUEST, text("step.request.label"), text("step.request.prompt"),
                        text("step.request.retry"), ctx -> coded(RequestKind.class, ctx)),
                Step.text(PARTIAL, text("step.partial.label"),
                                ctx -> msg(ctx, "step.partial.prompt", currencyCode(ctx), orderAmount(ctx)),
                                ctx -> msg(ctx, "step.partial.retry", currencyCode(ctx), orderAmount(ctx)),
                                (t, ctx) -> cost(t, ctx, false, true, false))
                        .within(NUMBER_FIELD)
                        .when(a -> a.get(REQUEST).equals(Optional.of(RequestKind.PARTIAL_REFUND))),
                Step.text(ITEM_COST, text("step.itemCost.label"),
                                ctx -> msg(ctx, "step.itemCost.prompt", currencyCode(ctx)),
                                ctx -> msg(ctx, "step.itemCost.retry.any", currencyCode(ctx)),
                                (t, ctx) -> cost(t, ctx, true, false, true))
                        .within(NUMBER_FIELD)
                        .optional(text("step.itemCost.skipped")),
                Step.text(SHIP_COST, text("step.shipCost.label"),
                                ctx -> msg(ctx, "step.shipCost.prompt", currencyCode(ctx)),
                                ctx -> msg(ctx, "step.shipCost.retry", currencyCode(ctx)),
                                (t, ctx) -> cost(t, ctx, true, false, true))
                        .within(NUMBER_FIELD)
                        .optional(text("step.shipCost.skipped")),
                Step.text(TRACKING, text("step.tracking.label"), text("step.tracking.prompt"),
                                text("step.tracking.retry"), (t, ctx) -> IntakeParsers.tracking(t))
                        .within(TRACKING_FIELD)
                        .optional(text("step.tracking.skipped"))
                        .when(IntakeDialog::needsShipping),
                Step.single(CARRIER, text("step.carrier.label"), text("step.carrier.prompt"),
                                text("step.carrier.retry"), ctx -> coded(CarrierStatus.class, ctx))
                        .when(IntakeDialog::needsShipping),
                Step.text(DAYS, text("step.days.label"), text("step.days.prompt"),
                                ctx -> msg(ctx, "step.days.retry", IntakeParsers.MAX_DAYS),
                                (t, ctx) -> IntakeParsers.days(t))
                        .within(NUMBER_FIELD)
                        .when(IntakeDialog::needsShipping),
                Step.text(SILENT, text("step.silent.label"), text("step.silent.prompt"),
                                ctx -> msg(ctx, "step.silent.retry", ctx.answers().get(DAYS).orElse(0)),
                                this::silentDays)
                        .within(NUMBER_FIELD)
                        .optional(text("step.silent.skipped"))
                        .when(IntakeDialog::parcelOnItsWay),
                Step.multi(EVIDENCE, text("step.evidence.label"), text("step.evidence.prompt"),
                        text("step.evidence.retry"), ctx -> coded(EvidenceKind.class, ctx)),
                Step.single(OPENED, text("step.opened.label"), text("step.opened.prompt"),
                                ctx -> msg(ctx, "step.opened.retry", IntakeParsers.MAX_AGE_DAYS), this::openedButtons)
                        .orParse(this::openedMoment)
                        .shown((at, ctx) -> WHEN.format(at.atZone(ctx.zone())))
                        .optional(text("step.opened.skipped")));
        return new DialogSpec(ID, COMMAND, text("intake.title"), steps, onConfirm);
    }

    // ------------------------------------------------------------------ options

    private List<Option> marketplaces(StepContext ctx) {
        return remedies.marketplaces().stream().map(m -> new Option(m.id(), m.name())).toList();
    }

    private List<Option> regions(StepContext ctx) {
        return ctx.answers().get(MARKET).map(remedies::regions).orElse(List.of()).stream()
                .map(code -> new Option(code, regionName(code, ctx.language())))
                .toList();
    }

    private boolean hasRegions(Answers a) {
        return a.get(MARKET).map(m -> !remedies.regions(m).isEmpty()).orElse(false);
    }

    /** "Thailand (TH)" / "泰国 (TH)". */
    static String regionName(String code, UiLanguage lang) {
        String name = new Locale("", code).getDisplayCountry(lang.locale());
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private List<Option> languages(StepContext ctx) {
        return remedies.buyerLanguages().stream()
                .map(code -> new Option(code, languageName(code, ctx.language())))
                .toList();
    }

    private <E extends Enum<E> & Coded> List<Option> coded(Class<E> type, StepContext ctx) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.code(), Glossary.label(ctx.language(), e)))
                .toList();
    }

    /**
     * Today and yesterday, each meaning the day's start in the team's zone, as a bare day always did; "now" is
     * typed or skipped to (a button for it would carry a moment already past when pressed).
     */
    private List<Option> openedButtons(StepContext ctx) {
        List<Option> out = new ArrayList<>();
        out.add(new Option(dayStart(ctx.today(), ctx), msg(ctx, "step.opened.today")));
        out.add(new Option(dayStart(ctx.today().minusDays(1), ctx), msg(ctx, "step.opened.yesterday")));
        return out;
    }

    private static String dayStart(LocalDate day, StepContext ctx) {
        return IntakeCodecs.MOMENT_CODEC.write(day.atStartOfDay(ctx.zone()).toInstant());
    }

    // ------------------------------------------------------------------ parsers

    /**
     * An order id in the marketplace's format that has no open case in the team; one whose last case is closed
     * is questioned (sent again, the intake reopens that case on confirm).
     */
    private Parsed<String> orderId(String text, StepContext ctx) {
        String t = text.strip();
        Optional<Marketplace> m = market(ctx.answers());
        if (m.isEmpty() || t.isEmpty() || !m.get().acceptsOrderId(t)) {
            return Parsed.rejected();
        }
        Optional<DisputeCase> existing = cases.forOrder(ctx.team(), m.get().id(), t);
        if (existing.isPresent() && existing.get().state() != CaseState.CLOSED) {
            return Parsed.refused(msg(ctx, "step.order.why.open", existing.get().number().value()));
        }
        if (existing.isPresent()) {
            String outcome = existing.get().outcome().map(o -> Glossary.label(ctx.language(), o)).orElse("-");
            return Parsed.questioned(t, msg(ctx, "step.order.why.closed", existing.get().number().value(),
                    outcome, t));
        }
        return Parsed.ok(t);
    }

    private Parsed<Money> orderAmount(String text, StepContext ctx) {
        IntakeParsers.AmountResult r = IntakeParsers.amount(text, Optional.empty(), false, Optional.empty());
        switch (r.problem()) {
            case NONE:
                return aboveCeiling(r.money().orElseThrow(), ctx);
            case NO_CURRENCY:
                return Parsed.rejected(msg(ctx, "step.amount.why.currency"));
            case NOT_POSITIVE:
                return Parsed.rejected(msg(ctx, "step.amount.why.zero"));
            default:
                return bounds(r, ctx).orElseGet(Parsed::rejected);
        }
    }

    /** An order amount, questioned when above the usual ceiling of its currency. */
    private Parsed<Money> aboveCeiling(Money m, StepContext ctx) {
        if (!ceilings.above(m)) {
            return Parsed.ok(m);
        }
        return Parsed.questioned(m, msg(ctx, "step.amount.why.ceiling", m.toString(),
                ceilings.of(m.currency()).toString(), m.currency().getCurrencyCode()));
    }

    /** The reason for an amount outside the bounds every amount has, when that is what was wrong. */
    private Optional<Parsed<Money>> bounds(IntakeParsers.AmountResult r, StepContext ctx) {
        switch (r.problem()) {
            case NOT_A_CURRENCY:
                return Optional.of(Parsed.rejected(msg(ctx, "step.amount.why.notMoney")));
            case TOO_LARGE:
                return Optional.of(Parsed.rejected(msg(ctx, "step.amount.why.large", MoneyParser.MAX_WHOLE_DIGITS)));
            case TOO_PRECISE:
                return Optional.of(Parsed.rejected(r.currency().map(c -> minorUnit(c, ctx))
                        .orElse(msg(ctx, "step.amount.retry"))));
            default:
                return Optional.empty();
        }
    }

    /** Why an amount has too many decimals: its currency has none, or fewer. */
    private String minorUnit(Currency c, StepContext ctx) {
        int digits = c.getDefaultFractionDigits();
        return digits <= 0 ? msg(ctx, "step.amount.why.whole", c.getCurrencyCode())
                : msg(ctx, "step.amount.why.decimals", c.getCurrencyCode(), digits);
    }

    /**
     * An amount in the order's currency: a partial refund (above zero, at most the order amount) or a cost (zero
     * allowed; questioned when above the order amount).
     */
    private Parsed<Money> cost(String text, StepContext ctx, boolean zeroAllowed, boolean capAtOrder,
                               boolean questionAboveOrder) {
        Optional<Money> order = orderMoney(ctx.answers());
        if (order.isEmpty()) {
            return Parsed.rejected();
        }
        IntakeParsers.AmountResult r = IntakeParsers.amount(text, Optional.of(order.get().currency()), zeroAllowed,
                capAtOrder ? order : Optional.empty());
        switch (r.problem()) {
            case NONE:
                Money m = r.money().orElseThrow();
                if (questionAboveOrder && m.compareTo(order.get()) > 0) {
                    return Parsed.questioned(m, msg(ctx, "step.cost.why.questioned", m.toString(),
                            order.get().toString()));
                }
                return Parsed.ok(m);
            case OTHER_CURRENCY:
                return Parsed.rejected(msg(ctx, "step.cost.why.currency", order.get().currency().getCurrencyCode()));
            case ABOVE_LIMIT:
                return Parsed.rejected(msg(ctx, "step.cost.why.above", order.get().toString()));
            default:
                return bounds(r, ctx).orElseGet(Parsed::rejected);
        }
    }

    /** Whole days, no more than the days since shipment: tracking cannot have been silent longer. */
    private Parsed<Integer> silentDays(String text, StepContext ctx) {
        Parsed<Integer> days = IntakeParsers.days(text);
        int shipped = ctx.answers().get(DAYS).orElse(IntakeParsers.MAX_DAYS);
        if (days instanceof Parsed.Accepted<Integer> ok && ok.value() > shipped) {
            return Parsed.rejected(msg(ctx, "step.silent.why.longer", ok.value(), shipped));
        }
        return days;
    }

    private Parsed<Instant> openedMoment(String text, StepContext ctx) {
        Moments.Reading r = Moments.read(text, ctx.now(), ctx.zone());
        switch (r.problem()) {
            case NONE:
                return Parsed.ok(r.moment().orElseThrow());
            case FUTURE:
                return Parsed.rejected(msg(ctx, "step.opened.why.future", WHEN.format(ctx.now().atZone(ctx.zone())),
                        ctx.zone().getId()));
            case TOO_OLD:
                return Parsed.rejected(msg(ctx, "step.opened.why.old", Moments.MAX_AGE_DAYS));
            default:
                return Parsed.rejected();
        }
    }

    // ------------------------------------------------------------------ reading answers so far

    private Optional<Marketplace> market(Answers a) {
        return a.get(MARKET).flatMap(remedies::marketplace);
    }

    static Optional<Money> orderMoney(Answers a) {
        return a.get(AMOUNT);
    }

    private static String currencyCode(StepContext ctx) {
        return orderMoney(ctx.answers()).map(Money::currency).map(Currency::getCurrencyCode).orElse("?");
    }

    private static String orderAmount(StepContext ctx) {
        return orderMoney(ctx.answers()).map(Money::toString).orElse("?");
    }

    static boolean needsShipping(Answers a) {
        return a.get(REASON).map(Reason::needsShippingFacts).orElse(false);
    }

    /** A parcel the buyer awaits, still moving by its tracking: how long tracking has been silent matters. */
    static boolean parcelOnItsWay(Answers a) {
        return a.get(REASON).map(Reason::awaitsParcel).orElse(false)
                && a.get(CARRIER).map(s -> s == CarrierStatus.IN_TRANSIT || s == CarrierStatus.CUSTOMS).orElse(false);
    }

    static String languageName(String code, UiLanguage lang) {
        Locale in = lang.locale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(in);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    // ------------------------------------------------------------------ texts

    private Step.Text text(String key) {
        return ctx -> messages.get(ctx.language(), key);
    }

    private String msg(StepContext ctx, String key, Object... args) {
        return messages.get(ctx.language(), key, args);
    }
}
