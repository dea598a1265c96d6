package com.disputedesk.core.remind;

import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** A case reminder as it goes out: its text and buttons, to the chat or thread where the case lives. */
final class CaseReminderMessage {
    private final CaseStore cases;
    private final ReminderTexts texts;
    private final SendTiming timing;

    CaseReminderMessage(CaseStore cases, ReminderTexts texts, SendTiming timing) {
        this.cases = cases;
        this.texts = texts;
        this.timing = timing;
    }

    /**
     * The message {@code r} sends about {@code c} at {@code now}: a deadline reminder names its {@code clock}; a
     * follow-up counts from the last offer sent.
     */
    Outgoing compose(Reminder r, DisputeCase c, Optional<RunningClock> clock, Instant now, UiLanguage lang,
                     ZoneId zone) {
        Instant since = r.kind() == ReminderKind.FOLLOW_UP ? offerSentAt(c) : c.openedAt();
        Reply reply = texts.reminder(r, c, clock, since, now, timing.late(r, now), lang, zone);
        return new Outgoing(c.home(), reply, Optional.empty());
    }

    /** The case timeline's note that {@code r} went out. */
    String timelineNote(Reminder r, UiLanguage lang) {
        return texts.messages().get(lang, "remind.timeline", Glossary.label(lang, r.kind()));
    }

    private Instant offerSentAt(DisputeCase c) {
        Instant at = c.openedAt();
        for (TimelineEntry e : cases.timeline(c.id())) {
            if (e.kind() == TimelineEntry.Kind.OFFER_SENT) {
                at = e.at();
            }
        }
        return at;
    }
}
