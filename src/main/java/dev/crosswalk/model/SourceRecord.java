package dev.crosswalk.model;

/** One usable row of an export, with the physical line it started on. */
public record SourceRecord(long line, ContactData contact) {
}
