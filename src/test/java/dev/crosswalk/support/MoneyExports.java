package dev.crosswalk.support;

import java.util.List;

/** The verified headers of the money exports (docs/sources.md), for fixtures. */
public final class MoneyExports {

    /** Kajabi subscriptions, in the order the starhouse runbook lists them, with Provider ID after Provider. */
    public static final List<String> KAJABI_SUBSCRIPTIONS = List.of("Kajabi Subscription ID", "Customer Email",
            "Customer Name", "Customer ID", "Offer ID", "Offer Title", "Amount", "Currency", "Interval", "Status",
            "Created At", "Next Payment Date", "Canceled On", "Trial Ends On", "Provider", "Provider ID",
            "Coupon Used");

    /** Kajabi transactions, in the order the starhouse importer lists them. */
    public static final List<String> KAJABI_TRANSACTIONS = List.of("ID", "Amount", "Currency", "Type", "Status",
            "Payment Method", "Created At", "Customer ID", "Customer Name", "Customer Email", "Offer ID",
            "Offer Title", "Order No.", "Provider", "Coupon Used", "Card Brand", "Card Funding", "Tax Amount",
            "Quantity", "Charge Attempt", "Failure Message", "Phone", "Address", "Address 2", "City", "State",
            "Zipcode", "Country");

    /** PayPal Activity download, the 41-column business default. */
    public static final List<String> PAYPAL_DEFAULT = List.of("Date", "Time", "TimeZone", "Name", "Type", "Status",
            "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID",
            "Shipping Address", "Address Status", "Item Title", "Item ID", "Shipping and Handling Amount",
            "Insurance Amount", "Sales Tax", "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value",
            "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity", "Receipt ID", "Balance",
            "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City",
            "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code", "Country",
            "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact");

    /** PayPal Activity download with user-chosen columns (hledger paypal-custom.csv). */
    public static final List<String> PAYPAL_CUSTOM = List.of("Date", "Time", "TimeZone", "Name", "Type", "Status",
            "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID",
            "Item Title", "Item ID", "Reference Txn ID", "Receipt ID", "Balance", "Note");

    /** Ticket Tailor orders, in the order the starhouse importer lists them, with an organiser's opt-in question. */
    public static final List<String> TICKET_TAILOR = List.of("Order ID", "Order date", "Order cancelled",
            "Order value", "Total paid", "Remaining order value", "Refunded amount", "PAYG fees", "Payment method",
            "Transaction ID", "Tickets purchased", "Order items", "Event ID", "Event name", "Event start",
            "Event end", "Name", "First Name", "Last Name", "Email", "Mobile number", "Address 1", "Address 2",
            "Address 3", "Postcode / Zip", "Are you open to receive emails from Example House?");

    private MoneyExports() {
    }
}
