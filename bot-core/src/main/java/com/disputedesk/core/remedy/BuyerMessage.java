package com.disputedesk.core.remedy;

/**
 * A draft message to the buyer.
 *
 * @param language the language it is written in
 * @param text     the draft
 * @param fallback true when the buyer's language had no template and English was used instead
 */
public record BuyerMessage(String language, String text, boolean fallback) {
}
