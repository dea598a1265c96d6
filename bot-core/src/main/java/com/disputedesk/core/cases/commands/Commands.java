package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.AttachmentHandler;
import com.disputedesk.core.bot.CaseCompleter;
import com.disputedesk.core.bot.ChoiceHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandTexts;
import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.cases.CaseDeadlines;
import com.disputedesk.core.cases.CaseFinder;
import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseSearch;
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.kernel.AmountCeilings;
import com.disputedesk.core.remedy.Remedies;
import java.util.List;

/**
 * The slash commands that look up and work cases (/case, /cases, /find, /remedy, /template, /offer, /reply, /return,
 * /close, /evidence), the evidence-file handler and the case suggestions for autocomplete, built over the engine's ports.
 */
public final class Commands {
    private final List<CommandHandler> handlers;
    private final AttachmentHandler attachments;
    private final CasesCommand cases;
    private final CaseCompleter completer;
    private final Kit kit;
    private final OfferCommand offer;
    private final ReplyCommand reply;
    private final CloseCommand close;

    /**
     * The case card's buttons, and what reads the members' plain messages with the questions those buttons ask
     * (a counter's words, a refund's amount) answered first.
     */
    public record CardParts(ChoiceHandler buttons, Conversation conversation) {
    }

    private final CaseCard card;

    private Commands(Kit kit, CaseQueries queries, CaseDeadlines deadlines) {
        EvidenceCommand evidence = new EvidenceCommand(kit);
        this.kit = kit;
        this.cases = new CasesCommand(kit, queries, deadlines);
        this.offer = new OfferCommand(kit);
        this.reply = new ReplyCommand(kit);
        this.close = new CloseCommand(kit);
        this.handlers = List.of(new CaseCommand(kit), cases, new FindCommand(kit, new CaseSearch(kit.cases(), queries)),
                new RemedyCommand(kit),
                new TemplateCommand(kit), offer, reply, new ReturnCommand(kit), close,
                evidence);
        this.attachments = new EvidenceAttachments(kit, evidence);
        this.completer = CaseCompletions.over(kit.cases(), queries);
        this.card = new CaseCard(kit);
    }

    /** The case card /case shows: what a case's live card shows too. */
    public Card cardOf(Turn turn, DisputeCase c) {
        return card.render(turn, c);
    }

    /** The buttons under the case card (Claim, Send offer, Buyer replied, Add evidence, Close), by its state. */
    public List<Choice> cardChoices(Turn turn, DisputeCase c) {
        return card.choices(turn, c);
    }

    /**
     * The case commands over {@code cases}; lists page through {@code queries}, whose deadlines {@code deadlines}
     * keeps.
     */
    public static Commands create(CaseStore cases, EvidenceStore evidence, Remedies remedies, CaseQueries queries,
                                  CaseDeadlines deadlines) {
        return create(cases, evidence, remedies, queries, deadlines, AmountCeilings.standard());
    }

    /** The case commands, refusing amounts above {@code ceilings} (unless the case's order is above too). */
    public static Commands create(CaseStore cases, EvidenceStore evidence, Remedies remedies, CaseQueries queries,
                                  CaseDeadlines deadlines, AmountCeilings ceilings) {
        Texts texts = new Texts();
        return new Commands(new Kit(cases, evidence, remedies, new CaseService(cases), new CaseFinder(cases),
                texts, new CommandTexts(), new CaseAmounts(ceilings, texts)), queries, deadlines);
    }

    /** The buttons of these commands (the pages of /cases), for the router. */
    public List<ChoiceHandler> choices() {
        return List.of(cases);
    }

    /**
     * The case card's buttons: Claim and Unclaim run /claim and /unassign of {@code ownership}; the questions they
     * ask are answered before {@code dialogs} read a message.
     */
    public CardParts card(CommandHandler ownership, Conversation dialogs) {
        CardButtons buttons = new CardButtons(kit, ownership, offer, reply, close, dialogs);
        return new CardParts(buttons, buttons.conversation());
    }

    /** The command handlers, for the router. */
    public List<CommandHandler> handlers() {
        return handlers;
    }

    /** Stores files captioned "/evidence &lt;case&gt;"; hints how to attach evidence for any other file. */
    public AttachmentHandler attachments() {
        return attachments;
    }

    /** Suggests a team's open cases while a case reference is typed. */
    public CaseCompleter caseCompleter() {
        return completer;
    }
}
