package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.AttachmentHandler;
import com.disputedesk.core.bot.CommandParser;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.TypedText;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.evidence.StoredEvidence;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files sent with the caption "/evidence &lt;case&gt;": downloaded at once, stored with their SHA-256, and noted on
 * the case's timeline. Any other file gets a hint how to attach evidence; nothing is downloaded for it.
 */
final class EvidenceAttachments implements AttachmentHandler {
    private static final Logger log = LoggerFactory.getLogger(EvidenceAttachments.class);

    private final Kit kit;
    private final CommandParser parser;
    private final EvidenceCommand command;

    EvidenceAttachments(Kit kit, EvidenceCommand command) {
        this.kit = kit;
        this.parser = new CommandParser(kit.commandTexts());
        this.command = command;
    }

    @Override
    public void handle(Turn turn, Inbound.Attachment attachment) {
        Inbound caption = TypedText.parse(turn.chat(), turn.member(), attachment.caption(), attachment.origin());
        if (!(caption instanceof Inbound.Command c) || !c.name().equals(EvidenceCommand.SPEC.name())) {
            kit.say(turn, "evidence.attach.hint");
            return;
        }
        Optional<Arguments> args = parser.parse(turn, EvidenceCommand.SPEC, c, command);
        if (args.isEmpty()) {
            return;
        }
        Optional<DisputeCase> found = kit.caseOrHint(turn, args.get().get(EvidenceCommand.CASE), EvidenceCommand.SPEC);
        if (found.isEmpty()) {
            return;
        }
        DisputeCase dispute = found.get();
        StoredEvidence stored;
        try {
            stored = kit.evidence().store(dispute.id(), attachment.file(), turn.now());
        } catch (EvidenceStore.TooLarge e) {
            kit.say(turn, "evidence.too.large", attachment.file().fileName(), Texts.size(e.limit()));
            return;
        } catch (IOException e) {
            log.warn("evidence download for case {} of team {} failed: {}", dispute.number(), dispute.team(),
                    e.toString());
            kit.say(turn, "evidence.download.failed", attachment.file().fileName());
            return;
        }
        kit.service().evidenceAdded(dispute, stored, turn.member(), turn.now());
        kit.say(turn, "evidence.stored", stored.fileName(), Texts.size(stored.size()), stored.sha256(),
                Kit.ref(dispute));
    }
}
