package dev.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation stands alone: every relative link in README.md and docs/*.md leads to a file of the
 * repository (anchors are not checked), every docs/ page the README names exists, and the README points to the
 * pages a new user needs.
 */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern NAMED_PAGE = Pattern.compile("docs/[\\w-]+\\.md");

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    @Test
    void everyRelativeLinkLeadsToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path document : documents()) {
            Matcher link = LINK.matcher(Files.readString(document));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue;
                }
                String file = target.replaceFirst("#.*$", "");
                checked++;
                Path resolved = document.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(document + " → " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked >= 10, "links checked: " + checked);
    }

    @Test
    void everyPageTheReadmeNamesExistsAndTheEssentialOnesAreNamed() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher named = NAMED_PAGE.matcher(readme);
        List<String> missing = new ArrayList<>();
        while (named.find()) {
            if (!Files.isRegularFile(Path.of(named.group()))) {
                missing.add(named.group());
            }
        }
        assertEquals(List.of(), missing);
        for (String page : List.of("docs/cli.md", "docs/settings.md", "docs/operations.md", "docs/audit.md",
                "docs/performance.md", "docs/data-model.md", "docs/architecture.md")) {
            assertTrue(readme.contains("](" + page + ")"), "the README links to " + page);
        }
    }

    @Test
    void nothingCitesDocumentsOutsideTheRepository() throws IOException {
        List<String> citing = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            if (text.contains("SPEC §") || text.contains("shared/formats") || text.contains("STACK gotcha")) {
                citing.add(document.toString());
            }
        }
        assertEquals(List.of(), citing.stream().filter(d -> !d.equals("README.md")).toList());
    }
}
