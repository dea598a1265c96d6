package com.disputedesk.core.kernel;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The currencies an amount may be in: the ISO 4217 codes of currencies in circulation (list one, as amended
 * up to 2025), that this Java runtime also knows. Left out on purpose: withdrawn codes the runtime still knows
 * (DEM, FRF, ZWL ...), and the codes that are not money a buyer pays with: precious metals (XAU, XAG, XPT, XPD),
 * units of account and bond units (XDR, XSU, XUA, XBA-XBD), fund codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI,
 * UYW), the testing code XTS and "no currency" XXX.
 */
final class ActiveCurrencies {
    private static final Set<String> CODES = Set.of(
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
            "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
            "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
            "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
            "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
            "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
            "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
            "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
            "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
            "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD",
            "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG");

    private ActiveCurrencies() {
    }

    /** The currency of {@code code} (any case) when it is an active one this runtime knows. */
    static Optional<Currency> of(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        if (!CODES.contains(c)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(c));
        } catch (IllegalArgumentException unknownToRuntime) {
            return Optional.empty();
        }
    }
}
