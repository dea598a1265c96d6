package com.disputedesk.core.stats;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code /stats [days]}: the team's figures for the last N days (default 30). */
public final class StatsCommand implements CommandHandler {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3650;

    static final Param<Integer> DAYS = Param.integer("days", 1, MAX_DAYS).optional();
    static final CommandSpec SPEC = CommandSpec.of("stats", "stats", Section.TEAM).params(DAYS).example("7").build();

    private final CaseFigures figures;
    private final Remedies remedies;
    private final Optional<ChartReply> chart;
    private final Messages messages = new Messages("stats");

    /** The figures as text only; {@code remedies} names the marketplaces the figures count by id. */
    public StatsCommand(CaseFigures figures, Remedies remedies) {
        this(figures, remedies, Optional.empty());
    }

    /** The figures, then {@code chart} drawn as a PNG. */
    public StatsCommand(CaseFigures figures, Remedies remedies, Optional<ChartReply> chart) {
        this.figures = figures;
        this.remedies = remedies;
        this.chart = chart;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        UiLanguage lang = turn.language();
        int days = args.find(DAYS).orElse(DEFAULT_DAYS);
        Instant since = turn.now().minus(Duration.ofDays(days));
        TeamStats stats = figures.since(turn.team().id(), since);
        if (stats.opened() == 0) {
            turn.say(messages.get(lang, "none", days));
            return;
        }
        OutcomeReport report = figures.outcomes(turn.team().id(), since);
        turn.say(Reply.text(messages.get(lang, "title", days)).withCard(card(stats, report, lang,
                turn.team().name())));
        chart.ifPresent(c -> c.send(turn, stats, since, days));
    }

    private Card card(TeamStats s, OutcomeReport report, UiLanguage lang, String teamName) {
        OutcomeFigures team = report.team();
        List<Card.Field> fields = new ArrayList<>();
        fields.add(new Card.Field(messages.get(lang, "field.cases"),
                messages.get(lang, "cases", s.opened(), s.open(), s.awaiting(), s.closed())));
        if (s.closed() > 0) {
            int keptPercent = Math.round(100f * s.kept() / s.closed());
            fields.add(new Card.Field(messages.get(lang, "field.kept"),
                    messages.get(lang, "kept", s.kept(), s.closed(), keptPercent)));
            fields.add(new Card.Field(messages.get(lang, "field.outcomes"), counts(s.outcomes(), o -> Glossary.label(lang, o))));
        }
        if (!team.money().isEmpty()) {
            fields.add(new Card.Field(messages.get(lang, "field.refunded"), team.money().values().stream()
                    .map(v -> messages.get(lang, "money", v.refunded(), v.orderValue(),
                            percent(v.refunded(), v.orderValue()), v.lossAvoided()))
                    .collect(Collectors.joining("\n"))));
        }
        if (!s.reshipCosts().isEmpty()) {
            fields.add(new Card.Field(messages.get(lang, "field.reshipped"),
                    s.reshipCosts().values().stream().map(Money::toString).collect(Collectors.joining(", "))));
        }
        if (team.medianToFirstOffer().isPresent() || team.medianToClose().isPresent()) {
            fields.add(new Card.Field(messages.get(lang, "field.times"), messages.get(lang, "times",
                    time(lang, team.medianToFirstOffer()), time(lang, team.medianToClose()))));
        }
        if (team.missedBeforeOffer() + team.missedBeforeClose() > 0) {
            fields.add(new Card.Field(messages.get(lang, "field.missed"), messages.get(lang, "missed",
                    team.missedBeforeOffer(), team.missedBeforeClose())));
        }
        if (team.escalationsWon() + team.escalationsLost() > 0) {
            fields.add(new Card.Field(messages.get(lang, "field.escalations"), messages.get(lang, "escalations",
                    team.escalationsWon(), team.escalationsLost())));
        }
        String thresholds = thresholds(report, lang);
        if (!thresholds.isEmpty()) {
            fields.add(new Card.Field(messages.get(lang, "field.thresholds"), thresholds));
        }
        fields.add(new Card.Field(messages.get(lang, "field.marketplaces"),
                lines(report.byMarketplace(), this::marketplaceName, lang)));
        fields.add(new Card.Field(messages.get(lang, "field.reasons"),
                lines(report.byReason(), r -> Glossary.label(lang, r), lang)));
        if (!report.byOwner().isEmpty()) {
            fields.add(new Card.Field(messages.get(lang, "field.owners"), lines(report.byOwner(), o -> o, lang)));
        }
        return new Card(teamName, fields, "");
    }

    /** Each playbook threshold of a marketplace the period has cases on, with the team's own rate beside it. */
    private String thresholds(OutcomeReport report, UiLanguage lang) {
        List<String> lines = new ArrayList<>();
        report.byMarketplace().forEach((id, f) -> remedies.marketplace(id).ifPresent(m -> {
            for (Threshold t : m.thresholds()) {
                int count = t.measure() == Threshold.Measure.LATE_CLAIMS ? f.missedBeforeOffer() : f.escalationsLost();
                int of = t.measure() == Threshold.Measure.LATE_CLAIMS ? f.opened() : f.closed();
                if (of == 0) {
                    continue;
                }
                String rate = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                lines.add(messages.get(lang, "threshold." + t.measure().code(), m.name(), count, of, rate,
                        t.maxPercent().stripTrailingZeros().toPlainString(),
                        t.verified() ? "" : messages.get(lang, "threshold.unverified")));
            }
        }));
        return String.join("\n", lines);
    }

    /** One line per group, busiest first: its cases, then only the figures it has. */
    private <K> String lines(Map<K, OutcomeFigures> groups, Function<K, String> name, UiLanguage lang) {
        return groups.entrySet().stream().map(e -> {
            OutcomeFigures f = e.getValue();
            List<String> parts = new ArrayList<>();
            parts.add(messages.get(lang, "group.cases", f.opened(), f.closed(), f.kept()));
            f.money().values().forEach(v -> parts.add(messages.get(lang, "group.money", v.refunded(),
                    v.orderValue(), v.lossAvoided())));
            if (f.medianToFirstOffer().isPresent() || f.medianToClose().isPresent()) {
                parts.add(messages.get(lang, "group.times", time(lang, f.medianToFirstOffer()),
                        time(lang, f.medianToClose())));
            }
            if (f.missedBeforeOffer() + f.missedBeforeClose() > 0) {
                parts.add(messages.get(lang, "group.missed", f.missedBeforeOffer(), f.missedBeforeClose()));
            }
            if (f.escalationsWon() + f.escalationsLost() > 0) {
                parts.add(messages.get(lang, "group.escalations", f.escalationsWon(), f.escalationsLost()));
            }
            return messages.get(lang, "group", name.apply(e.getKey()),
                    String.join(messages.get(lang, "group.separator"), parts));
        }).collect(Collectors.joining("\n"));
    }

    /** A median as days and hours, hours and minutes, or minutes; "none" when no case had one. */
    private String time(UiLanguage lang, Optional<Duration> median) {
        if (median.isEmpty()) {
            return messages.get(lang, "time.none");
        }
        Duration d = median.get();
        if (d.toDays() > 0) {
            return messages.get(lang, "time.days-hours", d.toDays(), d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return messages.get(lang, "time.hours-minutes", d.toHours(), d.toMinutesPart());
        }
        return messages.get(lang, "time.minutes", d.toMinutes());
    }

    /** {@code part} of {@code whole} in whole percent (0 when the whole is zero). */
    private static long percent(Money part, Money whole) {
        if (whole.amount().signum() == 0) {
            return 0;
        }
        return part.amount().multiply(BigDecimal.valueOf(100))
                .divide(whole.amount(), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private String marketplaceName(String id) {
        return remedies.marketplace(id).map(Marketplace::name).orElse(id);
    }

    private static <K> String counts(Map<K, Integer> counts, java.util.function.Function<K, String> name) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed())
                .map(e -> name.apply(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
