package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamSettings;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One due case reminder carried out: dropped or held as {@link CaseReminderCheck} decides, or sent to the case's
 * chat, then finished or re-armed ({@link Rearm}) and noted in the case timeline.
 */
final class CaseReminderJob {
    // Logged under the scheduler's name: operators follow the reminders in one place.
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final CaseStore cases;
    private final TeamSettings settings;
    private final CaseReminderCheck check;
    private final CaseReminderMessage message;
    private final Delivery delivery;
    private final Rearm rearm;

    CaseReminderJob(CaseStore cases, TeamSettings settings, CaseReminderCheck check, CaseReminderMessage message,
                    Delivery delivery, Rearm rearm) {
        this.cases = cases;
        this.settings = settings;
        this.check = check;
        this.message = message;
        this.delivery = delivery;
        this.rearm = rearm;
    }

    /** Handles {@code r} of {@code team} at {@code now}; true when it was sent. */
    boolean run(Reminder r, ClaimedBatch claim, Team team, Instant now) {
        CaseReminderCheck.Verdict verdict = check.decide(r, team, now);
        if (verdict instanceof CaseReminderCheck.Drop) {
            claim.finish(r.id());
            return false;
        }
        if (verdict instanceof CaseReminderCheck.Hold hold) {
            claim.release(r.id(), hold.until(), r.attempts(), Optional.empty());
            return false;
        }
        CaseReminderCheck.Send send = (CaseReminderCheck.Send) verdict;
        DisputeCase c = send.c();
        UiLanguage lang = settings.language(team);
        if (!delivery.send(r, claim, now, message.compose(r, c, send.clock(), now, lang, send.zone()))) {
            return false;
        }
        rearm.markSent(r, claim, team, now);
        try {
            cases.append(c.id(), new TimelineEntry(now, "bot", TimelineEntry.Kind.REMINDER,
                    message.timelineNote(r, lang)));
        } catch (RuntimeException e) {
            log.warn("reminder {} sent but not written to the timeline", r.id(), e);
        }
        return true;
    }
}
