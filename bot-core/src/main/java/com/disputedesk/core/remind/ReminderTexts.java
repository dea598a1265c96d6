package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Durations;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** What reminders and digests say, in the team's language, with the buttons a reminder carries. */
public final class ReminderTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd EEE", Locale.ENGLISH);

    private final Messages messages = new Messages("remind");
    private final UnaryOperator<String> marketplaceNames;

    /** Texts that name a marketplace by its id. */
    public ReminderTexts() {
        this(UnaryOperator.identity());
    }

    /** @param marketplaceNames what the team calls a marketplace, by its id */
    public ReminderTexts(UnaryOperator<String> marketplaceNames) {
        this.marketplaceNames = marketplaceNames;
    }

    public Messages messages() {
        return messages;
    }

    /** A local time as members read it, e.g. "2026-03-04 10:00". */
    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /**
     * A time left or past in the team's language ("2d 3h", "2天3小时"): days and hours, minutes only under a day,
     * at least "0m", as precise as {@link Durations#format}.
     */
    private String span(UiLanguage lang, Duration d) {
        Duration a = d.abs();
        long days = a.toDays();
        long hours = a.toHoursPart();
        long minutes = a.toMinutesPart();
        String out = null;
        if (days > 0) {
            out = messages.get(lang, "span.days", Long.toString(days));
        }
        if (hours > 0) {
            out = joined(lang, out, messages.get(lang, "span.hours", Long.toString(hours)));
        }
        if (minutes > 0 && days == 0) {
            out = joined(lang, out, messages.get(lang, "span.minutes", Long.toString(minutes)));
        }
        if (out == null) {
            out = messages.get(lang, "span.minutes", "0");
        }
        return out;
    }

    private String joined(UiLanguage lang, String first, String next) {
        return first == null ? next : messages.get(lang, "span.join", first, next);
    }

    /**
     * A case reminder ({@code offerSentAt}: when the offer a follow-up is about went out): the text for its kind
     * (a deadline reminder names its {@code clock}: what the team must do before it runs out), the buttons, and a
     * ping of the owner alone (no owner: the team is told who can take it, nobody is pinged).
     */
    public Reply reminder(Reminder r, DisputeCase c, Optional<RunningClock> clock, Instant offerSentAt, Instant now,
                          boolean late, UiLanguage lang, ZoneId zone) {
        String number = c.number().toString();
        String market = marketplaceNames.apply(c.facts().marketplace());
        String order = c.facts().orderId();
        String who = c.owner().isPresent() ? "" : messages.get(lang, "remind.unowned", c.number().value());
        String text;
        Instant due = clock.map(RunningClock::due).orElse(now);
        String what = clock.map(k -> k.name().in(lang)).orElse("");
        if (r.kind() == ReminderKind.LEAD) {
            text = messages.get(lang, "remind.lead", number, market, order, what,
                    span(lang, Duration.between(now, due)), when(due, zone), who);
        } else if (r.kind() == ReminderKind.OVERDUE) {
            text = messages.get(lang, "remind.overdue", number, market, order, what,
                    span(lang, Duration.between(due, now)), when(due, zone), who);
        } else {
            text = messages.get(lang, "remind.followup", number, market, order,
                    span(lang, Duration.between(offerSentAt, now))) + (who.isEmpty() ? "" : " " + who);
        }
        if (late) {
            text = text.strip() + "\n" + messages.get(lang, "remind.late", when(r.dueAt(), zone));
        }
        Reply reply = Reply.text(text.strip()).withChoices(buttons(r, lang));
        return c.owner().map(reply::mentioning).orElse(reply);
    }

    /** The buttons of a reminder: snoozes, "buyer replied" for a follow-up, and "done". */
    public List<Choice> buttons(Reminder r, UiLanguage lang) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(ReminderActions.id(ReminderActions.Action.SNOOZE_1H, r.id()),
                messages.get(lang, "button.snooze1h")));
        out.add(new Choice(ReminderActions.id(ReminderActions.Action.SNOOZE_4H, r.id()),
                messages.get(lang, "button.snooze4h")));
        out.add(new Choice(ReminderActions.id(ReminderActions.Action.TOMORROW, r.id()),
                messages.get(lang, "button.tomorrow")));
        if (r.kind() == ReminderKind.FOLLOW_UP) {
            out.add(new Choice(ReminderActions.id(ReminderActions.Action.BUYER_REPLIED, r.id()),
                    messages.get(lang, "button.replied")));
        }
        out.add(new Choice(ReminderActions.id(ReminderActions.Action.DONE, r.id()), messages.get(lang, "button.done")));
        return out;
    }

    /**
     * The daily digest: counts (open, awaiting buyer, due today, overdue) and each owner's cases, tagged.
     *
     * @param deadlines each open case's deadline, by case id, where known
     */
    public Reply digest(Team team, List<DisputeCase> open, Map<Long, Instant> deadlines, Instant now, UiLanguage lang,
                        ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        int awaiting = 0;
        int dueToday = 0;
        int overdue = 0;
        Map<String, List<String>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String unassigned = messages.get(lang, "digest.unassigned");
        for (DisputeCase c : open) {
            List<String> tags = new ArrayList<>();
            Instant deadline = deadlines.get(c.id());
            if (deadline != null && !deadline.isAfter(now)) {
                overdue++;
                tags.add(messages.get(lang, "digest.tag.overdue"));
            } else if (deadline != null && deadline.atZone(zone).toLocalDate().equals(today)) {
                dueToday++;
                tags.add(messages.get(lang, "digest.tag.today"));
            }
            if (c.state() == CaseState.AWAITING_BUYER) {
                awaiting++;
                tags.add(messages.get(lang, "digest.tag.awaiting"));
            }
            String owner = c.owner().map(Member::displayName).orElse(unassigned);
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>())
                    .add(c.number() + (tags.isEmpty() ? "" : " (" + String.join(", ", tags) + ")"));
        }
        StringBuilder text = new StringBuilder(messages.get(lang, "digest.title", team.name(), DAY.format(today)));
        text.append('\n').append(messages.get(lang, "digest.counts", open.size(), awaiting, dueToday, overdue));
        List<String> unassignedCases = byOwner.remove(unassigned);
        byOwner.forEach((owner, cases) -> text.append('\n').append(owner).append(": ").append(String.join(", ", cases)));
        if (unassignedCases != null) {
            text.append('\n').append(unassigned).append(": ").append(String.join(", ", unassignedCases));
        }
        return Reply.text(text.toString());
    }
}
