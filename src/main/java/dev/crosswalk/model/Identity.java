package dev.crosswalk.model;

/** An id a source gives a person, e.g. (kajabi, 106604827) or (zoho, 3811008000002766271). */
public record Identity(String source, String externalId) {
}
