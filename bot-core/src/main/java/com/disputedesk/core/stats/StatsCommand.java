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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        turn.say(Reply.text(messages.get(lang, "title", days)).withCard(card(stats, lang, turn.team().name())));
        chart.ifPresent(c -> c.send(turn, stats, since, days));
    }

    private Card card(TeamStats s, UiLanguage lang, String teamName) {
        List<Card.Field> fields = new ArrayList<>();
        fields.add(new Card.Field(messages.get(lang, "field.cases"),
                messages.get(lang, "cases", s.opened(), s.open(), s.awaiting(), s.closed())));
        if (s.closed() > 0) {
            int keptPercent = Math.round(100f * s.kept() / s.closed());
            fields.add(new Card.Field(messages.get(lang, "field.kept"),
                    messages.get(lang, "kept", s.kept(), s.closed(), keptPercent)));
            fields.add(new Card.Field(messages.get(lang, "field.outcomes"), counts(s.outcomes(), o -> Glossary.label(lang, o))));
        }
        fields.add(new Card.Field(messages.get(lang, "field.reasons"), counts(s.byReason(), r -> Glossary.label(lang, r))));
        fields.add(new Card.Field(messages.get(lang, "field.marketplaces"), counts(s.byMarketplace(), this::marketplaceName)));
        if (!s.byOwner().isEmpty()) {
            fields.add(new Card.Field(messages.get(lang, "field.owners"), counts(s.byOwner(), o -> o)));
        }
        if (!s.refunded().isEmpty()) {
            fields.add(new Card.Field(messages.get(lang, "field.refunded"),
                    s.refunded().values().stream().map(Money::toString).collect(Collectors.joining(", "))));
        }
        if (!s.reshipCosts().isEmpty()) {
            fields.add(new Card.Field(messages.get(lang, "field.reshipped"),
                    s.reshipCosts().values().stream().map(Money::toString).collect(Collectors.joining(", "))));
        }
        return new Card(teamName, fields, "");
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
