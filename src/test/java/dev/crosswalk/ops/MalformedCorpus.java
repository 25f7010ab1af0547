package dev.crosswalk.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The malformed-file corpus: the small files committed under {@code src/test/resources/malformed/}, plus the big
 * ones generated at run time (a 10 MB field, 100,000 columns, an overlong line), each with a fragment its refusal
 * reason must contain ({@code malformed/reasons.tsv}).
 */
final class MalformedCorpus {

    record BadFile(Path path, String reason) {
        String name() {
            return path.getFileName().toString();
        }
    }

    private MalformedCorpus() {
    }

    /** Every bad file, the generated ones written into {@code dir}. */
    static List<BadFile> all(Path dir) throws IOException {
        Map<String, String> reasons = reasons();
        List<BadFile> files = new ArrayList<>();
        Path committed = committedFolder();
        reasons.forEach((name, reason) -> {
            Path file = committed.resolve(name);
            files.add(new BadFile(Files.exists(file) ? file : dir.resolve(name), reason));
        });
        generate(dir);
        for (BadFile f : files) {
            if (!Files.exists(f.path())) {
                throw new IllegalStateException("reasons.tsv names " + f.name() + ", which is neither committed "
                        + "nor generated");
            }
        }
        return files;
    }

    private static Path committedFolder() {
        try {
            return Path.of(MalformedCorpus.class.getResource("/malformed/reasons.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> reasons() throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = MalformedCorpus.class.getResourceAsStream("/malformed/reasons.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    reasons.put(parts[0], parts[1].strip());
                }
            }
        }
        return reasons;
    }

    /** Too big to commit: written at run time, streamed so the test itself stays small in memory. */
    private static void generate(Path dir) throws IOException {
        String header = "Name,First Name,Last Name,Email,Products,Tags,ID,Member ID,External User ID,Created At,"
                + "Member Created At,Sign In Count,Last Activity,Last Sign In At\n";
        try (Writer out = Files.newBufferedWriter(dir.resolve("ten-megabyte-field.csv"))) {
            out.write(header);
            out.write("Ann Lee,Ann,Lee,ann@example.com,,\"");
            String block = "x".repeat(1024);
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(block);
            }
            out.write("\",101,,,,,,,\n");
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("hundred-thousand-columns.csv"))) {
            for (int i = 0; i < 100_000; i++) {
                out.write(i == 0 ? "c0" : ",c" + i);
            }
            out.write("\n");
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("overlong-unquoted-line.csv"))) {
            out.write(header);
            String block = "y".repeat(1024);
            for (int i = 0; i < 2 * 1024; i++) {
                out.write(block);
            }
            out.write("\n");
        }
    }
}
