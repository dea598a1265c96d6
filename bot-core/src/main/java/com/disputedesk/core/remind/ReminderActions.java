package com.disputedesk.core.remind;

import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.team.TeamSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The buttons under a reminder ({@link Button}): snooze 1 h / 4 h / until tomorrow morning in the team's zone,
 * "buyer replied" (stops the follow-up and points to /reply), "done" (stops it). Only reminders of the member's
 * own team can be touched.
 */
public final class ReminderActions implements ChoiceHandler {
    public static final String PREFIX = "rem";

    /** What a reminder button does, with its short code in the button id. */
    public enum Action {
        SNOOZE_1H("s1"),
        SNOOZE_4H("s4"),
        TOMORROW("tm"),
        BUYER_REPLIED("br"),
        DONE("dn");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        private static Optional<Action> of(String code) {
            for (Action a : values()) {
                if (a.code.equals(code)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The id of a reminder's button, written and parsed here and nowhere else: "rem:" + the action's code + ":" +
     * the reminder's id, e.g. "rem:s4:c17.lead1440".
     *
     * @param action     what the button does
     * @param reminderId the reminder it acts on
     */
    public record Button(Action action, String reminderId) {
        public Button {
            Objects.requireNonNull(action, "action");
            if (reminderId.isEmpty() || (PREFIX + ":" + action.code + ":" + reminderId).length() > Choice.MAX_ID_LENGTH
                    || !reminderId.chars().allMatch(c -> c > 32 && c < 127)) {
                throw new IllegalArgumentException("reminder id does not fit a button: " + reminderId);
            }
        }

        /** The button's full id, as sent. */
        public String format() {
            return PREFIX + ":" + action.code + ":" + reminderId;
        }

        /** The button an id after "rem:" stands for, as the router hands it over; empty when not one of ours. */
        public static Optional<Button> parsePayload(String payload) {
            int colon = payload.indexOf(':');
            if (colon < 0 || colon == payload.length() - 1) {
                return Optional.empty();
            }
            String reminderId = payload.substring(colon + 1);
            if ((PREFIX + ":" + payload).length() > Choice.MAX_ID_LENGTH
                    || !reminderId.chars().allMatch(c -> c > 32 && c < 127)) {
                return Optional.empty();
            }
            return Action.of(payload.substring(0, colon)).map(a -> new Button(a, reminderId));
        }
    }

    private final ReminderStore store;
    private final TeamSettings settings;
    private final MemberDirectory members;
    private final Runnable wake;
    private final Messages messages = new Messages("remind");

    public ReminderActions(ReminderStore store, TeamSettings settings, MemberDirectory members, Runnable wake) {
        this.store = store;
        this.settings = settings;
        this.members = members;
        this.wake = wake;
    }

    /** The button id for {@code action} on reminder {@code reminderId}. */
    public static String id(Action action, String reminderId) {
        return new Button(action, reminderId).format();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void handle(Turn turn, String payload) {
        Optional<Button> button = Button.parsePayload(payload);
        Optional<Reminder> reminder = button.flatMap(b -> store.active(b.reminderId()))
                .filter(r -> r.team().equals(turn.team().id()));
        if (reminder.isEmpty()) {
            turn.say(messages.get(turn.language(), "action.gone"));
            return;
        }
        members.seen(turn.team().id(), turn.member(), turn.now());
        Reminder r = reminder.get();
        ZoneId zone = settings.zone(turn.team());
        switch (button.get().action()) {
            case SNOOZE_1H:
                snooze(turn, r, turn.now().plus(Duration.ofHours(1)), zone);
                break;
            case SNOOZE_4H:
                snooze(turn, r, turn.now().plus(Duration.ofHours(4)), zone);
                break;
            case TOMORROW:
                Instant morning = ZonedDateTime.of(turn.now().atZone(zone).toLocalDate().plusDays(1),
                        settings.morning(turn.team()), zone).toInstant();
                snooze(turn, r, morning, zone);
                break;
            case BUYER_REPLIED:
                store.stop(r.id());
                turn.say(messages.get(turn.language(), "action.replied", r.caseNumber()));
                break;
            default:
                store.stop(r.id());
                turn.say(messages.get(turn.language(), "action.done"));
                break;
        }
    }

    private void snooze(Turn turn, Reminder r, Instant until, ZoneId zone) {
        if (!store.snooze(r.id(), until)) {
            turn.say(messages.get(turn.language(), "action.gone"));
            return;
        }
        wake.run();
        turn.say(messages.get(turn.language(), "action.snoozed", ReminderTexts.when(until, zone)));
    }
}
