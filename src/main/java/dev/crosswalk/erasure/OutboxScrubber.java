package dev.crosswalk.erasure;

import dev.crosswalk.csv.DelimiterSniffer;
import dev.crosswalk.report.Html;
import dev.crosswalk.report.OwnerOnly;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Finds every outbox file that holds one of a person's emails, source ids, full name or (in a column naming a
 * contact) contact ids, and rewrites it without them: a CSV loses the records that name the person — the other
 * records stay byte for byte, in the file's own delimiter and encoding — and any other text file (JSON, HTML) has
 * each of the person's values, names and phone included, replaced by {@value #ERASED}. Files are rewritten through
 * a temporary file in the same folder, then moved over the original, owner-only.
 */
public final class OutboxScrubber {

    static final String ERASED = "[erased]";
    /**
     * source ids shorter than this are too likely to occur by chance (a line number, a count) to mark a file or a
     * record as naming the person; records holding one hold the person's email too
     */
    private static final int MIN_ID = 5;
    private static final int MIN_TEXT = 3;

    private final Path outbox;
    private final OwnerOnly ownerOnly;

    public OutboxScrubber(Path outbox, OwnerOnly ownerOnly) {
        this.outbox = outbox;
        this.ownerOnly = ownerOnly;
    }

    /** The files naming the person, relative to the outbox; rewritten unless {@code preview}. */
    public List<String> scrub(Person person, boolean preview) {
        Keys keys = new Keys(person);
        List<String> touched = new ArrayList<>();
        if (!Files.isDirectory(outbox)) {
            return touched;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(outbox)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + outbox, e);
        }
        for (Path file : files) {
            if (rewrite(file, keys, preview)) {
                touched.add(outbox.relativize(file).toString());
            }
        }
        return touched;
    }

    private boolean rewrite(Path file, Keys keys, boolean preview) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (indexOf(bytes, (byte) 0) >= 0) {
                return false;
            }
            Charset charset = charsetOf(bytes);
            String text = new String(bytes, charset);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            String scrubbed = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")
                    ? withoutRecords(text, keys) : replaced(text, keys);
            if (scrubbed.equals(text)) {
                return false;
            }
            if (!preview) {
                Path temp = Files.createTempFile(file.getParent(), ".erasure-", ".tmp");
                Files.write(temp, scrubbed.getBytes(charset));
                ownerOnly.file(temp);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + file, e);
        }
    }

    /** The CSV text without the records naming the person; a file that does not parse is treated as text. */
    private static String withoutRecords(String text, Keys keys) throws IOException {
        char delimiter = DelimiterSniffer.sniff(new StringReader(text), Math.max(text.length(), 1));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        List<long[]> drop = new ArrayList<>();
        List<Integer> contactColumns = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<Long> starts = new ArrayList<>();
            List<Boolean> naming = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    for (int i = 0; i < record.size(); i++) {
                        if (record.get(i).toLowerCase(Locale.ROOT).contains("contact")) {
                            contactColumns.add(i);
                        }
                    }
                }
                starts.add(record.getCharacterPosition());
                naming.add(record.getRecordNumber() > 1 && keys.names(record, contactColumns));
            }
            starts.add((long) text.length());
            for (int i = 0; i < naming.size(); i++) {
                if (naming.get(i)) {
                    drop.add(new long[] {starts.get(i), starts.get(i + 1)});
                }
            }
        } catch (IllegalStateException | UncheckedIOException malformed) {
            return replaced(text, keys);
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (long[] range : drop) {
            out.append(text, at, (int) range[0]);
            at = (int) range[1];
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /** The text with each of the person's values replaced, when it names them (a batch record's JSON). */
    static String redact(String text, Person person) {
        return replaced(text, new Keys(person));
    }

    private static String replaced(String text, Keys keys) {
        if (!keys.mentioned(text)) {
            return text;
        }
        String out = text;
        for (Pattern p : keys.replacements()) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(ERASED));
        }
        return out;
    }

    private static Charset charsetOf(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            // a single-byte export: Latin-1 maps every byte to itself, so what is kept is kept exactly
            return StandardCharsets.ISO_8859_1;
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** The person's values as matchers. */
    private static final class Keys {

        private final Set<String> emails;
        private final Set<String> ids = new LinkedHashSet<>();
        private final Set<String> contactIds = new LinkedHashSet<>();
        private final Set<String> fullNames = new LinkedHashSet<>();
        private final List<Pattern> strongInText = new ArrayList<>();
        private final List<Pattern> replacements = new ArrayList<>();

        Keys(Person person) {
            emails = person.emails();
            person.identities().stream().map(i -> i.externalId().toLowerCase(Locale.ROOT))
                    .filter(id -> id.length() >= MIN_ID).forEach(ids::add);
            person.contacts().forEach(id -> contactIds.add(id.toString()));
            person.texts().stream().filter(t -> t.contains(" ")).map(t -> t.toLowerCase(Locale.ROOT))
                    .forEach(fullNames::add);
            Set<String> strong = new LinkedHashSet<>(emails);
            strong.addAll(ids);
            strong.addAll(fullNames);
            strong.forEach(s -> strongInText.addAll(patterns(s)));
            // longest first, so "Ann Lee" goes before "Ann"
            Set<String> all = new LinkedHashSet<>(strong);
            person.texts().stream().filter(t -> t.length() >= MIN_TEXT).forEach(all::add);
            all.stream().sorted((a, b) -> b.length() - a.length()).forEach(s -> replacements.addAll(patterns(s)));
        }

        /** The value as it is and as HTML shows it, whole words, any letter case. */
        private static List<Pattern> patterns(String value) {
            Set<String> spellings = new LinkedHashSet<>(List.of(value, Html.escape(value)));
            return spellings.stream().map(s -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s)
                    + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        }

        boolean mentioned(String text) {
            return strongInText.stream().anyMatch(p -> p.matcher(text).find());
        }

        List<Pattern> replacements() {
            return replacements;
        }

        boolean names(CSVRecord record, List<Integer> contactColumns) {
            for (int i = 0; i < record.size(); i++) {
                String cell = record.get(i).strip();
                String lower = cell.toLowerCase(Locale.ROOT);
                if (lower.isEmpty()) {
                    continue;
                }
                String bare = lower.startsWith("'") ? lower.substring(1) : lower;
                if (ids.contains(bare) || fullNames.contains(bare)
                        || (contactColumns.contains(i) && contactIds.contains(bare))
                        || emails.stream().anyMatch(lower::contains)) {
                    return true;
                }
            }
            return false;
        }
    }
}
