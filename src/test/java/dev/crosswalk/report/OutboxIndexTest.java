package dev.crosswalk.report;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.review.ReviewService;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** outbox/index.html: rewritten after every batch, open decisions first, every batch, the latest audit. */
class OutboxIndexTest {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)=\"(https?:)?//");
    private static final Pattern BATCH_ROW = Pattern.compile("<tr><td class=\"n\">(\\d+)</td><td>([a-z]+)</td>");

    @TempDir
    Path home;
    TestCrosswalk crosswalk;
    CrosswalkSettings settings;

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private String index() throws Exception {
        return Files.readString(home.resolve("outbox/index.html"));
    }

    /** (batch, kind) of the batch table, top to bottom. */
    private List<String> batches(String html) {
        List<String> rows = new ArrayList<>();
        Matcher m = BATCH_ROW.matcher(html);
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2));
        }
        return rows;
    }

    @Test
    void everyBatchRewritesTheIndexWithOpenDecisionsFirst() throws Exception {
        long first = crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                .write(home.resolve("first.csv")), "kajabi").batch();
        assertEquals(List.of(first + " import"), batches(index()));
        assertTrue(index().contains("Nothing needs a decision."));

        crosswalk.lockEveryContactByPerson("FULL_LOCK");
        long conflicts = crosswalk.importFile(new KajabiPeople().person(person("1", "Anne", "Leigh",
                "ann@example.com")).write(home.resolve("second.csv")), "kajabi").batch();
        long preview = crosswalk.preview(new KajabiPeople().person(person("1", "Annie", "Lee", "ann@example.com"))
                .write(home.resolve("try.csv")), "kajabi").batch();
        Files.writeString(home.resolve("wrong.csv"), "Datum,Uhrzeit\n1,2\n");
        long refused = crosswalk.importFile(home.resolve("wrong.csv"), "kajabi").batch();

        String html = index();
        // the person's locks set is a batch too
        assertEquals(List.of(refused + " import", preview + " preview", conflicts + " import", (first + 1) + " locks",
                first + " import"), batches(html));
        assertTrue(html.indexOf("Open decisions") < html.indexOf("Batches, newest first"));
        assertTrue(html.contains("<tr data-reason=\"LOCKED\"><td>LOCKED</td><td class=\"n\">2</td><td><a href=\""
                + "conflicts/" + conflicts + "-conflicts.csv\">" + conflicts + "-conflicts.csv</a> (2)</td></tr>"),
                html);
        assertTrue(html.contains("<a href=\"reports/" + preview + "-preview-conflicts.csv\">preview conflicts</a>"),
                html);

        ReviewService reviews = CompositionRoot.on(settings, crosswalk.dataSource()).reviews();
        long review = reviews.resolveAll(conflicts, "LOCKED", null, "KEEP", "tester").batch();
        html = index();
        assertEquals(review + " review", batches(html).get(0));
        assertTrue(html.contains("Nothing needs a decision."), html);
        assertTrue(html.contains("<a href=\"reports/" + review + "-review.csv\">review answers</a>"), html);

        long rollback = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks().rollback(review, false, "tester")
                .batch();
        html = index();
        assertEquals(rollback + " rollback", batches(html).get(0));
        assertTrue(html.contains("<tr data-reason=\"LOCKED\">"), html);
        assertTrue(html.contains("No audit yet"), html);

        CompositionRoot.on(settings, crosswalk.dataSource()).audit().runNow();
        html = index();
        String audit = "audit-" + LocalDate.now() + ".html";
        assertTrue(html.contains("<a href=\"reports/" + audit + "\">" + audit + "</a>"), html);

        assertFalse(EXTERNAL.matcher(html).find());
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (links.find()) {
            assertTrue(Files.isRegularFile(home.resolve("outbox").resolve(links.group(1))), links.group(1));
            count++;
        }
        assertTrue(count >= 12, "links: " + count);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                home.resolve("outbox/index.html"))));
    }
}
