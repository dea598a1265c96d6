package com.disputedesk.core.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.testkit.RecordingOutbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine on a small made-up dialog, with a map for a store. */
class DialogsTest {
    private static final ChatRef CHAT = ChatRef.of(Platform.CONSOLE, "c");
    private static final Member MEMBER = new Member(Platform.CONSOLE, "m", "M");
    private static final Team TEAM = new Team("t", "T", UiLanguage.EN, ZoneOffset.UTC, Set.of("console:c"), Set.of(),
            Set.of());

    private final MapStore store = new MapStore();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<Answers> confirmed = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-10T10:00:00Z");

    private static final StepKey<Integer> COUNT = StepKey.of("count", Codec.INTEGER);
    private static final StepKey<String> PETS = StepKey.of("pets", Codec.TEXT);
    private static final StepKey<String> NAME = StepKey.of("name", Codec.TEXT);
    private static final StepKey<Integer> SPARE = StepKey.of("spare", Codec.INTEGER);

    /** count (1-99); pets? yes/no; name (only with pets, optional); spare (at most count). */
    private final DialogSpec spec = new DialogSpec("toy", "toy", ctx -> "Check:", List.of(
            Step.text(COUNT, ctx -> "Count", ctx -> "How many?", ctx -> "A number 1-99.", DialogsTest::number),
            Step.single(PETS, ctx -> "Pets", ctx -> "Pets?", ctx -> "Yes or no.",
                    ctx -> List.of(new Option("yes", "Yes"), new Option("no", "No"))),
            Step.text(NAME, ctx -> "Name", ctx -> "Pet name?", ctx -> "Any name.", (t, ctx) -> Parsed.ok(t))
                    .optional(ctx -> "unnamed")
                    .when(a -> a.get(PETS).equals(Optional.of("yes"))),
            Step.text(SPARE, ctx -> "Spare", ctx -> "How many spare?", ctx -> "At most the count.",
                    (t, ctx) -> {
                        Parsed<Integer> p = number(t, ctx);
                        int max = ctx.answers().get(COUNT).orElse(0);
                        return p instanceof Parsed.Accepted<Integer> a && a.value() <= max
                                ? p : Parsed.rejected("Too many.");
                    })),
            (turn, c) -> confirmed.add(c.answers()));

    private final Dialogs dialogs = new Dialogs(store, Duration.ofHours(1), List.of(spec));

    @Test
    void backPassesOverStepsThatDoNotApply() {
        dialogs.start(turn("/new"), "toy");
        type("3");
        type("no");
        assertThat(said()).contains("How many spare?");
        type("back");
        assertThat(said()).contains("Pets?");
        type("yes");
        assertThat(said()).contains("Pet name?");
        type("back");
        assertThat(said()).contains("Pets?").contains("Current answer: Yes");
    }

    @Test
    void anEditThatInvalidatesALaterAnswerAsksForItAgain() {
        dialogs.start(turn("/new"), "toy");
        type("5");
        type("2");   // "No", the second button
        type("4");
        assertThat(said()).contains("Check:", "3. Spare: 4");
        type("edit 1");
        type("3");
        assertThat(said()).contains("How many spare?");
        type("9");
        assertThat(said()).contains("Too many.", "At most the count.");
        type("3");
        assertThat(said()).contains("3. Spare: 3");
        type("confirm");
        assertThat(confirmed).containsExactly(Answers.none().with(COUNT, 3).with(PETS, "no").with(SPARE, 3));
        assertThat(store.byKey).isEmpty();
    }

    @Test
    void everyMoveIsStoredWithItsTimeAndARejectionIsNot() {
        dialogs.start(turn("/new"), "toy");
        StoredDialog first = store.byKey.values().iterator().next();
        assertThat(first.dialogId()).isEqualTo("toy");
        assertThat(first.updatedAt()).isEqualTo(now);
        now = now.plusSeconds(60);
        type("zero");
        assertThat(store.byKey.values()).containsExactly(first);
        type("7");
        StoredDialog second = store.byKey.values().iterator().next();
        assertThat(second.updatedAt()).isEqualTo(now);
        assertThat(DialogStateJson.read(second.state(), spec).answers()).isEqualTo(Answers.none().with(COUNT, 7));
        assertThat(DialogStateJson.read(second.state(), spec).position()).isEqualTo(new Position.AtStep("pets"));
    }

    @Test
    void stateRoundTripsThroughJson() {
        Answers answers = Answers.none().with(COUNT, 3).with("name", Answer.SKIPPED);
        for (Position at : List.of(new Position.AtStep("spare"), new Position.Editing("spare"), Position.SUMMARY)) {
            DialogState s = new DialogState("toy", at, answers, List.of("a", "b"), now, now.plusSeconds(5));
            assertThat(DialogStateJson.read(DialogStateJson.write(s, spec), spec)).isEqualTo(s);
        }
    }

    @Test
    void anUnreadableStoredStateIsDroppedInsteadOfFailingForever() {
        store.save(new StoredDialog(new DialogKey(CHAT, MEMBER).key(), "toy", "{not json", now));
        assertThat(dialogs.onText(turn("hello"), (Inbound.Text) turn("hello").inbound())).isFalse();
        assertThat(store.byKey).isEmpty();
    }

    @Test
    void specsRejectDuplicateOrUnusableStepIds() {
        Step<String> a = Step.text(StepKey.of("a", Codec.TEXT), ctx -> "A", ctx -> "A?", ctx -> "A.",
                (t, c) -> Parsed.ok(t));
        assertThatThrownBy(() -> new DialogSpec("x", "x", ctx -> "", List.of(a, a), (t, c) -> { }))
                .hasMessageContaining("two steps named a");
        assertThatThrownBy(() -> StepKey.of("has space", Codec.TEXT)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Parsed<Integer> number(String text, StepContext ctx) {
        return text.strip().matches("[1-9][0-9]?") ? Parsed.ok(Integer.parseInt(text.strip())) : Parsed.rejected();
    }

    private void type(String text) {
        Turn t = turn(text);
        if (t.inbound() instanceof Inbound.Command c) {
            dialogs.onCommand(t, c);
        } else {
            assertThat(dialogs.onText(t, (Inbound.Text) t.inbound())).isTrue();
        }
    }

    private String said() {
        return String.join("\n", outbox.drain().stream().map(o -> o.reply().asText()).toList());
    }

    private Turn turn(String text) {
        outbox.drain();
        return new Turn(TEAM, TypedText.parse(CHAT, MEMBER, text, Optional.empty()), UiLanguage.EN, TEAM.zone(), now, outbox);
    }

    /** Dialog states by key. */
    private static final class MapStore implements DialogStore {
        final Map<String, StoredDialog> byKey = new HashMap<>();

        @Override
        public Optional<StoredDialog> load(String key) {
            return Optional.ofNullable(byKey.get(key));
        }

        @Override
        public void save(StoredDialog dialog) {
            byKey.put(dialog.key(), dialog);
        }

        @Override
        public void delete(String key) {
            byKey.remove(key);
        }

        @Override
        public int deleteIdleSince(Instant cutoff) {
            int n = byKey.size();
            byKey.values().removeIf(d -> d.updatedAt().isBefore(cutoff));
            return n - byKey.size();
        }
    }
}
