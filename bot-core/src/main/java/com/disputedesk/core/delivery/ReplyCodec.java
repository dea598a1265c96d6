package com.disputedesk.core.delivery;

import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Reply} as JSON, for outboxes that keep the core's reply and render it when they send (so a message
 * stored before a restart renders the same after it).
 */
public final class ReplyCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplyCodec() {
    }

    public static ObjectNode toJson(Reply r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", r.text());
        ArrayNode choices = o.putArray("choices");
        r.choices().forEach(c -> choices.addObject().put("id", c.id()).put("label", c.label()));
        r.card().ifPresent(c -> {
            ObjectNode card = o.putObject("card");
            card.put("title", c.title());
            card.put("footer", c.footer());
            ArrayNode fields = card.putArray("fields");
            c.fields().forEach(f -> fields.addObject().put("label", f.label()).put("value", f.value()));
        });
        r.file().ifPresent(f -> o.put("file", f.toString()));
        r.mention().ifPresent(m -> o.putObject("mention").put("platform", m.platform().name())
                .put("userId", m.userId()).put("displayName", m.displayName()));
        o.put("typed", r.typed().name());
        o.put("form", r.form().name());
        return o;
    }

    public static Reply fromJson(JsonNode o) {
        List<Choice> choices = new ArrayList<>();
        o.path("choices").forEach(c -> choices.add(new Choice(c.path("id").asText(), c.path("label").asText())));
        Optional<Card> card = Optional.empty();
        if (o.hasNonNull("card")) {
            JsonNode c = o.get("card");
            List<Card.Field> fields = new ArrayList<>();
            c.path("fields").forEach(f -> fields.add(new Card.Field(f.path("label").asText(),
                    f.path("value").asText())));
            card = Optional.of(new Card(c.path("title").asText(), fields, c.path("footer").asText()));
        }
        Optional<Path> file = o.hasNonNull("file") ? Optional.of(Path.of(o.get("file").asText())) : Optional.empty();
        Optional<Member> mention = Optional.empty();
        if (o.hasNonNull("mention")) {
            JsonNode m = o.get("mention");
            mention = Optional.of(new Member(Platform.valueOf(m.path("platform").asText()), m.path("userId").asText(),
                    m.path("displayName").asText()));
        }
        // replies stored before choices had a form were buttons
        return new Reply(o.path("text").asText(), choices, card, file, mention,
                Reply.TypedAnswer.valueOf(o.path("typed").asText(Reply.TypedAnswer.NONE.name())),
                Reply.ChoiceForm.valueOf(o.path("form").asText(Reply.ChoiceForm.BUTTONS.name())));
    }

    public static String encode(Reply r) {
        return toJson(r).toString();
    }

    public static Reply decode(String json) {
        try {
            return fromJson(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException("could not read a stored reply", e);
        }
    }
}
