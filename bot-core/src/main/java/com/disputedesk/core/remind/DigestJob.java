package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A team's daily digest falling due: held through quiet hours, sent to every chat where the team has open cases
 * (nothing when none is open), each chat once a day (a chat that failed is retried alone), then due again the
 * next day at the team's local digest time. A team that turned its digest off has it stopped.
 */
final class DigestJob {
    private static final int DIGEST_CASES = 500;

    private final CaseStore cases;
    private final TeamSettings settings;
    private final DeadlineSource deadlines;
    private final ReminderTexts texts;
    private final SendTiming timing;
    private final Delivery delivery;
    private final ReminderStore sentLog;

    DigestJob(CaseStore cases, TeamSettings settings, DeadlineSource deadlines, ReminderTexts texts,
              SendTiming timing, Delivery delivery, ReminderStore sentLog) {
        this.sentLog = sentLog;
        this.cases = cases;
        this.settings = settings;
        this.deadlines = deadlines;
        this.texts = texts;
        this.timing = timing;
        this.delivery = delivery;
    }

    /** Handles the digest reminder {@code r} of {@code team} at {@code now}; true when it was sent. */
    boolean run(Reminder r, ClaimedBatch claim, Team team, Instant now) {
        Optional<LocalTime> at = settings.digestTime(team);
        if (at.isEmpty()) {
            claim.finish(r.id());
            return false;
        }
        ZoneId zone = settings.zone(team);
        Optional<Instant> quietEnd = timing.heldUntil(team, zone, now);
        if (quietEnd.isPresent()) {
            claim.release(r.id(), quietEnd.get(), r.attempts(), Optional.empty());
            return false;
        }
        List<DisputeCase> open = cases.open(team.id(), DIGEST_CASES);
        boolean sent = false;
        if (!open.isEmpty()) { // nothing open, nothing to say: no empty digest every morning
            Reply reply = compose(r, team, open, now, zone);
            // Each chat once per day: a retry after one chat failed skips the chats that already have it.
            LocalDate day = r.dueAt().atZone(zone).toLocalDate();
            Optional<RuntimeException> failed = Optional.empty();
            for (ChatRef chat : homeChats(open)) {
                if (sentLog.digestSent(team.id(), chat.key(), day)) {
                    continue;
                }
                Optional<RuntimeException> failure = delivery.attempt(new Outgoing(chat, reply, Optional.empty()));
                if (failure.isEmpty()) {
                    sentLog.markDigestSent(team.id(), chat.key(), day, now);
                } else if (failed.isEmpty()) {
                    failed = failure;
                }
            }
            if (failed.isPresent()) {
                delivery.retry(r, claim, now, failed.get());
                return false;
            }
            sent = true;
        }
        claim.release(r.id(), ReminderPlanner.nextLocal(now, at.get(), zone), 0, Optional.empty());
        return sent;
    }

    private Reply compose(Reminder r, Team team, List<DisputeCase> open, Instant now, ZoneId zone) {
        Map<Long, Instant> due = new HashMap<>();
        for (DisputeCase c : open) {
            deadlines.deadline(c, zone).ifPresent(d -> due.put(c.id(), d));
        }
        Reply reply = texts.digest(team, open, due, now, settings.language(team), zone);
        if (timing.late(r, now)) {
            reply = Reply.text(reply.text() + "\n" + texts.messages().get(settings.language(team), "remind.late",
                    ReminderTexts.when(r.dueAt(), zone)));
        }
        return reply;
    }

    /** The chats (not threads) the open cases live in, each once, in the order the cases came. */
    private static Set<ChatRef> homeChats(List<DisputeCase> open) {
        Set<ChatRef> chats = new LinkedHashSet<>();
        for (DisputeCase c : open) {
            chats.add(ChatRef.of(c.home().platform(), c.home().chatId()));
        }
        return chats;
    }
}
