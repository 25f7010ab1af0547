package dev.crosswalk.source;

import dev.crosswalk.csv.Header;
import dev.crosswalk.csv.RejectedFileException;
import java.util.stream.Collectors;

/** Picks the format of a file from its header, or refuses the file saying what its inbox expects. */
public final class FileRecogniser {

    private final Sources sources;

    public FileRecogniser(Sources sources) {
        this.sources = sources;
    }

    public SourceFormat recognise(SourceDefinition source, Header header) {
        for (SourceFormat format : source.formats()) {
            String refusal = format.refusal(header);
            if (refusal != null) {
                throw new RejectedFileException(refusal + " Found: " + header.describe() + ".");
            }
        }
        for (SourceFormat format : source.formats()) {
            if (format.recognises(header)) {
                return format;
            }
        }
        String expected = source.formats().stream().map(SourceFormat::expectation)
                .collect(Collectors.joining("; or "));
        String elsewhere = sources.all().stream()
                .filter(other -> !other.name().equals(source.name()))
                .filter(other -> other.formats().stream().anyMatch(f -> f.recognises(header)))
                .map(other -> " It looks like a file for inbox/" + other.name() + "/ instead.")
                .findFirst().orElse("");
        throw new RejectedFileException("The header is not one inbox/" + source.name() + "/ reads." + elsewhere
                + " Expected " + expected + ". Found: " + header.describe() + ".");
    }
}
