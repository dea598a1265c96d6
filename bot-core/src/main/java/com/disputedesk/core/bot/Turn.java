package com.disputedesk.core.bot;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Placement;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One inbound event being handled, with what every handler needs: the team, the member, the team's language and
 * time zone as its settings say now, the time it arrived, and a way to answer.
 *
 * @param zone the team's time zone now (a {@code /settings zone} change included): every deadline, date and time a
 *             handler shows or reads is in it, never the configured default
 */
public record Turn(Team team, Inbound inbound, UiLanguage language, ZoneId zone, Instant now, Outbox outbox) {

    public Member member() {
        return inbound.member();
    }

    public ChatRef chat() {
        return inbound.chat();
    }

    /** Answers in the chat the event came from, in reply to it. */
    public void say(Reply reply) {
        outbox.send(new Outgoing(inbound.chat(), reply, inbound.origin()));
    }

    public void say(String text) {
        say(Reply.text(text));
    }

    /** Shows {@code reply} in the message of {@code slot}: posted the first time, edited in place after. */
    public void sayIn(Slot slot, Reply reply) {
        outbox.send(new Outgoing(inbound.chat(), reply, inbound.origin(), new Placement.InSlot(slot)));
    }

    /** Tells only the member who pressed (a refusal of a press that is not theirs); the chat sees nothing. */
    public void tellPresser(String text) {
        outbox.send(new Outgoing(inbound.chat(), Reply.text(text), inbound.origin(), Placement.TO_PRESSER));
    }
}
