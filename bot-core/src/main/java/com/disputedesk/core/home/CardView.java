package com.disputedesk.core.home;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Choice;
import java.util.List;

/**
 * How a case's live card looks: the case card of /case, and the buttons under it. The buttons are a seam of their
 * own, so the card's actions can grow without the homes knowing them.
 */
public interface CardView {

    /** The card of {@code c} as {@code turn}'s member reads it (the team's language, zone and now). */
    Card card(Turn turn, DisputeCase c);

    /** The buttons under the card; none unless a feature offers some. */
    default List<Choice> choices(Turn turn, DisputeCase c) {
        return List.of();
    }
}
