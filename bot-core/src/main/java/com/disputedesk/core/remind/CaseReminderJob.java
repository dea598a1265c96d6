package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamSettings;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One due case reminder carried out: dropped or held as {@link CaseReminderCheck} decides, or sent to the case's
 * chat (and, when its owner asked for it, by direct message to the owner), then finished or re-armed
 * ({@link Rearm}) and noted in the case timeline.
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
    private final MemberDirectory members;
    private final Messages texts = new Messages("remind");

    CaseReminderJob(CaseStore cases, TeamSettings settings, CaseReminderCheck check, CaseReminderMessage message,
                    Delivery delivery, Rearm rearm, MemberDirectory members) {
        this.members = members;
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
        Outgoing composed = message.compose(r, c, send.clock(), now, lang, send.zone());
        if (!delivery.send(r, claim, now, composed)) {
            return false;
        }
        directCopy(r, team, c, composed.reply(), lang);
        rearm.markSent(r, claim, team, now);
        try {
            cases.append(c.id(), new TimelineEntry(now, "bot", TimelineEntry.Kind.REMINDER,
                    message.timelineNote(r, lang)));
        } catch (RuntimeException e) {
            log.warn("reminder {} sent but not written to the timeline", r.id(), e);
        }
        return true;
    }

    /**
     * The owner's copy by direct message, when they asked for one: the reminder's text under the team's name, with
     * no buttons (they act only in the team's chat). The reminder counts as sent either way: a copy the platform
     * refuses is recorded as failed and the owner told once in the team chat ({@link DirectMessageRefusals}).
     */
    private void directCopy(Reminder r, Team team, DisputeCase c, Reply sent, UiLanguage lang) {
        Optional<Member> owner = c.owner().filter(o -> members.dmReminders(team.id(), o.key()));
        if (owner.isEmpty()) {
            return;
        }
        Reply copy = Reply.text(texts.get(lang, "remind.dm.from", team.name()) + "\n" + sent.text());
        delivery.attempt(new Outgoing(ChatRef.direct(owner.get()), copy, Optional.empty())).ifPresent(e ->
                log.warn("reminder {} sent, its direct message to {} could not be queued", r.id(), owner.get().key(),
                        e));
    }
}
