package dev.crosswalk.source.paypal;

import dev.crosswalk.value.DateOrder;

/**
 * The order of English PayPal downloads' numeric dates when no date in the file proves one: the account's locale
 * decides it, not the header's language.
 */
public record PayPalOptions(DateOrder englishDateOrder) {
}
