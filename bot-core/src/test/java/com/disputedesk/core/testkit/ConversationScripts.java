package com.disputedesk.core.testkit;

/**
 * Conversations written once against {@link ChatKit} and run by every platform's kit over the real engine with
 * the shipped playbook (a fresh desk: the first case opened is #1). Each ends with {@link ChatKit#expectNoMore}, so
 * a message nobody expected fails on every platform, not only on the one whose test happens to look for it.
 */
public final class ConversationScripts {
    private ConversationScripts() {
    }

    /**
     * Opens a Temu case through the whole intake, by buttons and typed answers, then looks it up with /case and
     * records the first offer as sent with /offer.
     */
    public static void openACaseThenWorkIt(ChatKit chat) {
        openATemuCase(chat);

        chat.send("/case 1").expect("Case #1").expectNoMore();
        chat.send("/offer 1 1").expect("Case #1: recorded as sent: 1.").expectNoMore();
    }

    /**
     * Works a case by its card's buttons alone: unclaims it, records the buyer's counter-offer typed after the
     * Counter-offer button, and closes it as a partial refund picked from the list of outcomes, its amount typed.
     */
    public static void theCardsButtonsWorkTheCase(ChatKit chat) {
        openATemuCase(chat);
        chat.send("/case 1").expect("Case #1").expectNoMore();
        chat.press("Unclaim").expect("Case #1 has no owner now").expectNoMore();

        chat.send("/offer 1 1").expect("Case #1: recorded as sent: 1.").expectNoMore();
        chat.send("/case 1").expect("Case #1").expectNoMore();
        chat.press("Buyer replied").expect("Case #1: what did the buyer answer to offer 1?").expectNoMore();
        chat.press("Counter-offer").expect("Case #1: type the buyer's counter-offer").expectNoMore();
        chat.send("wants 20 USD back").expect("Case #1: the buyer countered offer 1.").expectNoMore();

        chat.send("/case 1").expect("Case #1").expectNoMore();
        chat.press("Close").expect("Case #1: how did it end?").expectNoMore();
        chat.press("partial refund").expect("Case #1, partial refund: type the amount refunded in USD")
                .expectNoMore();
        chat.send("12.50").expect("Case #1 closed: partial refund, refunded 12.50 USD.").expectNoMore();
    }

    private static void openATemuCase(ChatKit chat) {
        chat.send("/new").expect("Which marketplace").expectNoMore();
        chat.press("Temu").expect("What is the Temu order number?").expectNoMore();
        chat.send("PO-211-1234567890123").expect("buyer's name").expectNoMore();
        chat.send("Maria Lopez").expect("Which language").expectNoMore();
        chat.press("German (de)").expect("What is the dispute about?").expectNoMore();
        chat.press("Counterfeit claim").expect("What did the buyer pay?").expectNoMore();
        chat.send("USD 40").expect("What does the buyer ask for?").expectNoMore();
        chat.press("Full refund").expect("What did the item cost you").expectNoMore();
        chat.press("Skip").expect("What did shipping cost you").expectNoMore();
        chat.press("Skip").expect("Which evidence").expectNoMore();
        chat.press("Done").expect("When was the dispute opened?").expectNoMore();
        chat.send("yesterday").expect("Please check the case").expectNoMore();
        chat.press("Confirm").expect("Confirmed.").expect("Case #1 opened: Temu order PO-211-1234567890123, Counterfeit claim.")
                .expect("Suggested next steps:").expectNoMore();
    }

    /** A command with an argument it cannot read is answered by that command's usage line, and nothing else. */
    public static void aBadArgumentIsAnsweredByTheUsageLine(ChatKit chat) {
        chat.send("/case zzz").expect("Usage: /case").expectNoMore();
    }

    /**
     * /remedy with facts typed as name=value: a parcel whose tracking has been silent for 30 days is treated as
     * lost (no waiting offered); a mistyped fact gets the nearest name, a bad value what its fact takes.
     */
    public static void aQuickSuggestionTakesFacts(ChatKit chat) {
        chat.send("/remedy not-received tracking=in-transit silent-days=30")
                .expect("Quick suggestion: Not received on AliExpress").expectNoMore();
        chat.send("/remedy not-received silent-day=30")
                .expect("Unknown fact \"silent-day\"; did you mean silent-days?").expectNoMore();
        chat.send("/remedy not-received silent-days=many")
                .expect("\"silent-days=many\" is not a valid silent-days: silent-days takes the days since tracking"
                        + " last changed").expectNoMore();
    }
}
