package com.disputedesk.core.commands;

import com.disputedesk.core.bot.AttachmentHandler;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.cases.CaseFinder;
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.team.TeamSettings;
import java.util.List;

/**
 * The slash commands that look up and work cases (/help, /case, /cases, /remedy, /template, /offer, /reply,
 * /close, /lang, /evidence) and the evidence-file handler, built over the engine's ports.
 */
public final class Commands {
    private final List<CommandHandler> handlers;
    private final AttachmentHandler attachments;
    private final CaseService service;

    private Commands(Kit kit) {
        this.handlers = List.of(new HelpCommand(kit), new CaseCommand(kit), new CasesCommand(kit),
                new RemedyCommand(kit), new TemplateCommand(kit), new OfferCommand(kit), new ReplyCommand(kit),
                new CloseCommand(kit), new LangCommand(kit), new EvidenceCommand(kit));
        this.attachments = new EvidenceAttachments(kit);
        this.service = kit.service();
    }

    public static Commands create(CaseStore cases, EvidenceStore evidence, Remedies remedies, TeamSettings settings) {
        CaseService service = new CaseService(cases);
        return new Commands(new Kit(cases, evidence, remedies, settings, service, new CaseFinder(cases), new Texts()));
    }

    /** The command handlers, for the router. */
    public List<CommandHandler> handlers() {
        return handlers;
    }

    /** Stores files captioned "/evidence &lt;case&gt;"; hints how to attach evidence for any other file. */
    public AttachmentHandler attachments() {
        return attachments;
    }

    /** The case operations the commands use, for other features that change cases. */
    public CaseService service() {
        return service;
    }
}
