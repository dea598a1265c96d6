package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseFinder;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.remind.MemberDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /claim <case>}, {@code /assign <case> <member>}, {@code /unassign <case>}: who owns a case, and so who
 * its reminders ping. A member is named by key ("telegram:123456", "discord:8877", "console:alice") or by the
 * display name of a member who has used the bot in the team (a leading "@" is ignored); "me" names the caller.
 * A case is named as everywhere: number, "#number" or order id.
 * Each change writes an ASSIGNED timeline entry.
 */
public final class OwnershipCommands implements CommandHandler {
    static final String BUNDLE = "remind";
    static final Param<CaseRef> CASE = Param.caseRef("case");
    static final Param<String> MEMBER = Param.member("member");
    static final CommandSpec CLAIM = CommandSpec.of("claim", BUNDLE, Section.TEAM).params(CASE).example("12").build();
    static final CommandSpec ASSIGN = CommandSpec.of("assign", BUNDLE, Section.TEAM).params(CASE, MEMBER)
            .example("12 Alice").build();
    static final CommandSpec UNASSIGN = CommandSpec.of("unassign", BUNDLE, Section.TEAM).params(CASE).example("12")
            .build();

    private final CaseStore cases;
    private final CaseFinder finder;
    private final MemberDirectory members;
    private final Messages messages = new Messages(BUNDLE);

    public OwnershipCommands(CaseStore cases, MemberDirectory members) {
        this.cases = cases;
        this.finder = new CaseFinder(cases);
        this.members = members;
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(CLAIM, ASSIGN, UNASSIGN);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        String name = args.spec().name();
        members.seen(turn.team().id(), turn.member(), turn.now());
        CaseRef ref = args.get(CASE);
        Optional<DisputeCase> found = finder.find(turn.team().id(), ref.typed());
        if (found.isEmpty()) {
            turn.say(messages.get(turn.language(), "case.unknown", ref.shown()));
            return;
        }
        DisputeCase c = found.get();
        if (c.state() == CaseState.CLOSED) {
            turn.say(messages.get(turn.language(), "case.closed", c.number().toString()));
            return;
        }
        if (name.equals("claim")) {
            claim(turn, c);
        } else if (name.equals("assign")) {
            assign(turn, c, args.get(MEMBER));
        } else {
            unassign(turn, c);
        }
    }

    private void claim(Turn turn, DisputeCase c) {
        if (c.owner().map(o -> o.key().equals(turn.member().key())).orElse(false)) {
            turn.say(messages.get(turn.language(), "case.already", c.number().toString()));
            return;
        }
        String text = messages.get(turn.language(), "timeline.claimed", turn.member().displayName());
        if (store(turn, c.withOwner(Optional.of(turn.member())), text)) {
            turn.say(messages.get(turn.language(), "case.claimed", c.number().toString()));
        }
    }

    private void assign(Turn turn, DisputeCase c, String who) {
        String typed = who.startsWith("@") ? who.substring(1) : who;
        Optional<Member> member;
        if (typed.equalsIgnoreCase("me")) {
            member = Optional.of(turn.member());
        } else {
            Optional<Member> byKey = byKey(turn, typed);
            if (byKey.isPresent()) {
                member = byKey;
            } else {
                List<Member> named = members.named(turn.team().id(), typed);
                if (named.size() > 1) {
                    turn.say(messages.get(turn.language(), "member.ambiguous", typed,
                            named.stream().map(Member::key).collect(Collectors.joining(", "))));
                    return;
                }
                member = named.stream().findFirst();
            }
        }
        if (member.isEmpty()) {
            turn.say(messages.get(turn.language(), "member.unknown", who));
            return;
        }
        String text = messages.get(turn.language(), "timeline.assigned", label(member.get()), turn.member().displayName());
        if (store(turn, c.withOwner(member), text)) {
            turn.say(messages.get(turn.language(), "case.assigned", c.number().toString(), member.get().displayName()));
        }
    }

    private void unassign(Turn turn, DisputeCase c) {
        String before = c.owner().map(OwnershipCommands::label).orElse("-");
        String text = messages.get(turn.language(), "timeline.unassigned", before, turn.member().displayName());
        if (store(turn, c.withOwner(Optional.empty()), text)) {
            turn.say(messages.get(turn.language(), "case.unassigned", c.number().toString()));
        }
    }

    private boolean store(Turn turn, DisputeCase changed, String text) {
        try {
            cases.update(changed, new TimelineEntry(turn.now(), actor(turn.member()), TimelineEntry.Kind.ASSIGNED, text));
            return true;
        } catch (CaseStore.ConcurrentCaseUpdate e) {
            turn.say(messages.get(turn.language(), "case.changed", changed.number().toString()));
            return false;
        }
    }

    /** "telegram:123" names a member by platform and user id; known members keep their display name. */
    private Optional<Member> byKey(Turn turn, String typed) {
        int colon = typed.indexOf(':');
        if (colon < 1 || colon == typed.length() - 1 || typed.contains(" ")) {
            return Optional.empty();
        }
        Optional<Platform> platform = platform(typed.substring(0, colon));
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        String userId = typed.substring(colon + 1);
        Member plain = new Member(platform.get(), userId, userId);
        return Optional.of(members.byKey(turn.team().id(), plain.key()).orElse(plain));
    }

    private static Optional<Platform> platform(String text) {
        for (Platform p : Platform.values()) {
            if (p.name().equalsIgnoreCase(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static String actor(Member m) {
        return m.key() + " " + m.displayName();
    }

    private static String label(Member m) {
        return m.displayName() + " (" + m.key().toLowerCase(Locale.ROOT) + ")";
    }
}
