package dev.crosswalk.source.mailchimp;

import java.util.List;

/** The audience's interest-group columns whose values ({@code \,} escaping a comma) become tags. */
public record MailchimpOptions(List<String> groupColumns) {

    public MailchimpOptions {
        groupColumns = List.copyOf(groupColumns);
    }
}
