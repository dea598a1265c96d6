package com.disputedesk.telegram;

import com.disputedesk.core.delivery.Codec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Bot API call kept in telegram_outbox as the JSON of its {@link OutboundMessage}, in its chat's lane. */
final class TelegramCodec implements Codec<OutboundMessage> {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String encode(OutboundMessage m) {
        try {
            return json.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode an outbound message", e);
        }
    }

    @Override
    public OutboundMessage decode(String payload) {
        try {
            return json.readValue(payload, OutboundMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read the outbox", e);
        }
    }

    @Override
    public long lane(OutboundMessage m) {
        return m.chatId();
    }
}
