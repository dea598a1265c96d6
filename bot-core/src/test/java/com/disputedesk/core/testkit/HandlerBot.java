package com.disputedesk.core.testkit;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.bot.CaseCompleter;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Router;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.team.SettingsStore;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real {@link Bot} (team check, router, spec parsing, generated /help) over only the command handlers a test
 * gives, for the {@link TestDesk#TEAM} team, with settings kept in memory: no dialogs, buttons or files.
 */
public final class HandlerBot {
    private HandlerBot() {
    }

    public static Bot over(Outbox outbox, Clock clock, List<CommandHandler> handlers) {
        return over(outbox, clock, handlers, CaseCompleter.NONE);
    }

    public static Bot over(Outbox outbox, Clock clock, List<CommandHandler> handlers, CaseCompleter cases) {
        Conversation none = new Conversation() {
            @Override
            public boolean onText(Turn turn, Inbound.Text text) {
                return false;
            }

            @Override
            public boolean onCommand(Turn turn, Inbound.Command command) {
                return false;
            }
        };
        Router router = new Router(handlers, List.of(), none, (turn, file) -> turn.say("file"), cases);
        return new Bot(new TeamDirectory(List.of(TestDesk.TEAM)), new TeamSettings(new MemorySettings()), router,
                outbox, clock);
    }

    /** Settings kept in memory. */
    public static final class MemorySettings implements SettingsStore {
        private final Map<String, String> values = new ConcurrentHashMap<>();

        @Override
        public Optional<String> get(String team, String name) {
            return Optional.ofNullable(values.get(team + "/" + name));
        }

        @Override
        public void put(String team, String name, String value) {
            values.put(team + "/" + name, value);
        }

        @Override
        public Map<String, String> all(String team) {
            return Map.copyOf(values);
        }
    }
}
