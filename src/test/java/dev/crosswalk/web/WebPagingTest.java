package dev.crosswalk.web;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
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
            try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("update contacts set lock_level = 'FULL_LOCK'");
            }
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

    private static int cards(String page) {
        return page.split("<article class=\"card\"", -1).length - 1;
    }
}
