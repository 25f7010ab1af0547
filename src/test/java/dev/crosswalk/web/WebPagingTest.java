package dev.crosswalk.web;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.db.Sql;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ten thousand open decisions: the pages show fifty at a time, the first and the last page alike. */
class WebPagingTest {

    private static final int PEOPLE = 10_000;
    private static final Pattern SIGN_IN = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/sign-in\\?token=(\\S+)");

    @TempDir
    Path home;

    @Test
    void tenThousandOpenItemsPageFiftyAtATime() throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(home, true, Map.of("crosswalk.import.chunk-size", "2000"))) {
            KajabiPeople before = new KajabiPeople();
            KajabiPeople after = new KajabiPeople();
            for (int i = 0; i < PEOPLE; i++) {
                Map<String, String> row = person(Integer.toString(200_000_000 + i), "P" + i, "Lee",
                        "p" + i + "@example.com");
                row.put("City (address_city)", "Boulder");
                before.person(row);
                row.put("City (address_city)", "Denver");
                after.person(row);
            }
            crosswalk.importFile(before.write(home.resolve("w1.csv")), "kajabi");
            // every person's values held by a lock a person set; the newer export contradicts every held city
            lockEveryoneByPerson(crosswalk);
            crosswalk.importFile(after.write(home.resolve("w2.csv")), "kajabi");
            assertEquals(PEOPLE, crosswalk.count("select count(*) from import_conflicts where status = 'open'"));

            Matcher link = SIGN_IN.matcher(crosswalk.runtime().readyLine());
            assertTrue(link.find());
            WebClient client = new WebClient(link.group(1));
            HttpResponse<String> signed = client.post("/sign-in", List.of("token", link.group(2)), "Origin",
                    link.group(1));
            String cookie = signed.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

            long started = System.nanoTime();
            String first = client.get("/decisions", "Cookie", cookie).body();
            long firstMs = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            String last = client.get("/decisions?page=200", "Cookie", cookie).body();
            long lastMs = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            String homePage = client.get("/", "Cookie", cookie).body();
            long homeMs = (System.nanoTime() - started) / 1_000_000;

            assertEquals(50, cards(first));
            assertTrue(first.contains("10000 open.") && first.contains("page 1 of 200"), first);
            assertTrue(first.contains(">P0 Lee<") || first.contains("P0 Lee · city"), "the first item first");
            assertEquals(50, cards(last));
            assertTrue(last.contains("page 200 of 200") && last.contains("P9999 Lee · city"), "the last item last");
            assertTrue(homePage.contains("Open decisions: 10000"), homePage);
            System.out.println("10,000 open items: page 1 in " + firstMs + " ms, page 200 in " + lastMs
                    + " ms, home in " + homeMs + " ms");
        }
    }

    /**
     * {@code locks set FULL_LOCK} for every contact, as {@link TestCrosswalk#lockByPerson} does one at a time (the
     * same statements: the level and reason, then the values it holds become the person's), in one batch: ten
     * thousand batches of one would only make the test slow.
     */
    private static void lockEveryoneByPerson(TestCrosswalk crosswalk) throws Exception {
        UnitOfWork batches = CompositionRoot.on(crosswalk.runtime().settings(), crosswalk.dataSource()).batches();
        batches.run(BatchKind.of("locks", "locks set (every contact)"), batch -> {
            Connection c = batch.connection();
            String reason = "person: test on " + LocalDate.now();
            List<Long> ids = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select id from contacts where deleted_at is null order by id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (String statement : List.of("locks/set-level", "locks/hold-values")) {
                try (PreparedStatement ps = c.prepareStatement(Sql.load(statement))) {
                    for (long id : ids) {
                        ps.setLong(1, id);
                        ps.setString(2, "FULL_LOCK");
                        ps.setString(3, reason);
                        ps.setLong(4, batch.id());
                        ps.execute();
                    }
                }
            }
            return Outcome.finished(batch.report("applied", ids.size() + " contacts set to FULL_LOCK by test.",
                    Map.of("read", (long) ids.size(), "updated", (long) ids.size()), null, Map.of(),
                    batch.files(Map.of())), Map.of("contacts", ids.size(), "lock_level", "FULL_LOCK", "by", "test"));
        });
    }

    private static int cards(String page) {
        return page.split("<article class=\"card\"", -1).length - 1;
    }
}
