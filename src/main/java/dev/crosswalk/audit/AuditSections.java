package dev.crosswalk.audit;

import java.util.List;

/** The questions of the audit page, in the order an operator reads them, each answered by one view. */
final class AuditSections {

    /** A question of the page: the view that answers it, its heading and what it shows. */
    record Section(String group, String view, String title, String explains) {
    }

    static final List<Section> ALL = List.of(
            new Section("Subscriptions", "audit_subscriptions_by_status", "Subscriptions by status",
                    "Per source, status and currency: how many, for how many people, worth how much."),
            new Section("Subscriptions", "audit_subscriptions_missing", "Missing from the latest export",
                    "Subscriptions the latest full export of their source no longer listed, by stored status."),
            new Section("Subscriptions", "audit_subscriptions_without_payment", "Active without a recent payment",
                    "Active subscriptions with no completed payment in their last billing interval (+3 days)."),
            new Section("Subscriptions", "audit_contacts_with_several_active_subscriptions",
                    "People with several active subscriptions", "Double charges, or upgrades that left one running."),
            new Section("Money", "audit_transactions_by_source", "Transactions by source",
                    "Count, first and last date, completed total (refunds subtracted) and refunds per currency."),
            new Section("Money", "audit_revenue_by_month", "Revenue reconciliation per month",
                    "Completed transactions against the monthly value of the subscriptions running that month."),
            new Section("Enrichment", "audit_enrichment", "Enrichment per source",
                    "Contacts known by additional emails, linked to Zoho, known by a PayPal email."),
            new Section("Quality", "audit_orphans", "Orphaned subscriptions and transactions",
                    "Records without a contact, or whose contact was deleted."),
            new Section("Quality", "audit_duplicate_candidates", "Duplicate candidates",
                    "The same first and last name and phone, different emails: perhaps one person twice."),
            new Section("Quality", "audit_open_conflicts", "Open conflicts",
                    "Waiting for a decision in outbox/conflicts/."),
            new Section("Quality", "audit_ledger_orphans", "History without its batch",
                    "Audit log, consent and review evidence rows whose batch is missing: made outside Crosswalk."),
            new Section("Quality", "audit_link_orphans", "Links without their row",
                    "Emails, identities, tags, products, provenance, consent and transaction links whose row is "
                            + "missing: made outside Crosswalk."),
            new Section("Protection", "audit_lock_levels", "Lock levels per source",
                    "FULL_LOCK: no import changes the contact; PARTIAL_LOCK: only its subscription; UNLOCKED."),
            new Section("Protection", "audit_opt_ins", "Email opt-ins per source",
                    "Protected opt-ins can never be removed by an import without a person's decision."),
            new Section("Protection", "audit_consent_by_source", "Consent observations per source",
                    "Every opt-in and opt-out seen in an import, applied or held back."),
            new Section("History", "audit_imports_by_day", "Imports per day", "Applied imports and their rows."),
            new Section("History", "audit_last_import", "Last import per source",
                    "The newest applied batch of each inbox."),
            new Section("History", "audit_merges_by_day", "Merges per day",
                    "Contact merges, and how many were undone."));

    private AuditSections() {
    }
}
