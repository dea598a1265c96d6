package com.disputedesk.core.remind;

import com.disputedesk.core.chat.Member;
import com.disputedesk.core.team.TeamDefaults;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the reminder feature is built from, given to {@code Desk.Parts} by the composition root.
 *
 * @param store     where reminders live
 * @param members   who has used the bot in each team (for /assign by name)
 * @param defaults  team settings until an admin changes them (config/disputedesk.yml {@code reminders})
 * @param scheduler how the scheduler runs
 */
public record RemindParts(ReminderStore store, MemberDirectory members, TeamDefaults defaults,
                          SchedulerConfig scheduler) {

    /** No reminders at all (nothing is stored or sent); ownership commands still work by member key. */
    public static RemindParts off() {
        return new RemindParts(ReminderStore.none(), NoMembers.INSTANCE, TeamDefaults.standard(),
                SchedulerConfig.standard());
    }

    /** A directory that remembers nobody. */
    private enum NoMembers implements MemberDirectory {
        INSTANCE;

        @Override
        public void seen(String team, Member member, Instant at) {
        }

        @Override
        public List<Member> named(String team, String name) {
            return List.of();
        }

        @Override
        public Optional<Member> byKey(String team, String key) {
            return Optional.empty();
        }

        /** Without reminders there is nothing to send by direct message either. */
        @Override
        public void setDmReminders(String team, Member member, boolean on) {
        }
    }
}
