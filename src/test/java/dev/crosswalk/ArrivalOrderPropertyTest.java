package dev.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.sample.DemoSet;
import dev.crosswalk.source.Sources;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same exports in any order give the same database (docs/values.md): the demo's exports drawn from a few
 * hundred people (every source, people repeated across them, nicknames, second addresses, opt-outs), imported in
 * seeded random orders into fresh databases, with a person's decision in the middle (a {@code locks set} of one
 * contact to PARTIAL_LOCK as soon as it exists: its names and address are the person's from then on); every order
 * must leave the same contacts (the same people: the same addresses together), field for field (values and
 * spellings), the same consent, classified lock level and undeliverable mark, identities, tags, products, money and
 * open items, consent questions included. Contacts are compared by the set of their email addresses: ids, the
 * primary address and source_system (the source that created a contact) name the arrival. Nothing is left out.
 */
class ArrivalOrderPropertyTest {

    private static final long PEOPLE = 200;
    private static final int ORDERS = 5;
    private static final long SEED = 20_261_201L;
    private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
    /** The older subscriptions snapshot is refused after the newer one by design: it keeps its place before it. */
    private static final String PREVIOUS = "kajabi-subscriptions-previous";
    private static final String CURRENT = "kajabi-subscriptions";

    @TempDir
    Path home;

    @Test
    void theSameExportsInAnyOrderLeaveTheSameDatabase() throws Exception {
        List<DemoSet.Entry> exports = new ArrayList<>(new DemoSet(
                new Sources(CrosswalkSettings.load().sourceOptions()), AS_OF).write(home.resolve("exports"), PEOPLE)
                .stream().filter(e -> e.inbox() != null).toList());
        String decided = personOnlyKajabiKnows(exports);
        Random random = new Random(SEED);
        Map<String, Object> first = null;
        for (int run = 0; run < ORDERS; run++) {
            List<DemoSet.Entry> order = new ArrayList<>(exports);
            Collections.shuffle(order, random);
            keepSnapshotsInOrder(order);
            System.out.println("ArrivalOrderPropertyTest seed " + SEED + ", order " + run + ": "
                    + order.stream().map(DemoSet.Entry::sample).toList());
            Map<String, Object> database = importInOrder(home.resolve("run-" + run), order, decided);
            if (first == null) {
                first = database;
                assertTrue(((Map<?, ?>) database.get("contacts")).size() > PEOPLE / 2, "the exports made contacts");
            } else {
                // the same people: every contact holds the same addresses in every order (a row naming two
                // addresses two contacts hold merges them, as the order where it came first made one of them)
                Set<Object> apart = new TreeSet<>(((Map<?, ?>) first.get("contacts")).keySet());
                Set<Object> here = new TreeSet<>(((Map<?, ?>) database.get("contacts")).keySet());
                Set<Object> both = new TreeSet<>(apart);
                both.retainAll(here);
                apart.addAll(here);
                apart.removeAll(both);
                assertEquals(Set.of(), apart, "contacts matched otherwise: order " + run + " against order 0");
                for (String part : List.of("contacts", "labels", "consent", "identities", "tags", "products",
                        "transactions", "subscriptions", "open items")) {
                    assertEquals(List.of(), differences(first.get(part), database.get(part)),
                            part + ": order " + run + " differs from order 0");
                }
            }
        }
    }

    private static void keepSnapshotsInOrder(List<DemoSet.Entry> order) {
        int previous = indexOf(order, PREVIOUS);
        int current = indexOf(order, CURRENT);
        if (previous > current) {
            Collections.swap(order, previous, current);
        }
    }

    private static int indexOf(List<DemoSet.Entry> order, String sample) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).sample().equals(sample)) {
                return i;
            }
        }
        throw new IllegalStateException("the demo wrote no " + sample);
    }

    /**
     * An address of a person only Kajabi's people export and segments name, so that the values the person holds
     * when locking the contact are the same whichever exports came before.
     */
    private static String personOnlyKajabiKnows(List<DemoSet.Entry> exports) throws Exception {
        Map<String, String> text = new LinkedHashMap<>();
        for (DemoSet.Entry e : exports) {
            Charset charset = e.sample().equals("paypal") ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
            text.put(e.sample(), new String(Files.readAllBytes(e.file()), charset).toLowerCase(Locale.ROOT));
        }
        for (String line : text.get("kajabi").split("\n")) {
            for (String cell : line.split(",")) {
                String email = cell.strip();
                if (email.contains("@") && !email.contains(" ") && text.entrySet().stream()
                        .filter(t -> !t.getKey().startsWith("kajabi") || t.getKey().startsWith(CURRENT)
                                || t.getKey().equals("kajabi-transactions") || t.getKey().equals(PREVIOUS))
                        .noneMatch(t -> t.getValue().contains(email))) {
                    return email;
                }
            }
        }
        throw new IllegalStateException("every Kajabi person is known elsewhere too");
    }

    private Map<String, Object> importInOrder(Path runHome, List<DemoSet.Entry> order, String decided)
            throws Exception {
        try (TestCrosswalk crosswalk = TestCrosswalk.start(runHome, false, Map.of("crosswalk.import.chunk-size",
                "100"))) {
            for (DemoSet.Entry export : order) {
                BatchReport report = crosswalk.importFile(export.file(), export.inbox());
                // a small organisation's two subscriptions snapshots may be the same file: the second is a duplicate
                assertTrue(Set.of("applied", "duplicate").contains(report.status()),
                        export.sample() + ": " + report.message());
                if (export.sample().equals("kajabi")) {
                    // a person's decision: the contact's current name and address are theirs from now on
                    long contact = crosswalk.count("select contact_id from contact_emails where email = '"
                            + decided + "'");
                    assertTrue(contact > 0, decided);
                    // (PARTIAL_LOCK: a person's FULL_LOCK closes the subscription too, and what it holds there is
                    // what the person saw when locking, which does depend on the segments that came before)
                    crosswalk.lockByPerson(contact, "PARTIAL_LOCK");
                }
            }
            System.out.println("ArrivalOrderPropertyTest " + runHome.getFileName() + ": "
                    + crosswalk.count("select count(*) from contact_merges") + " contacts merged into another (a row "
                    + "named keys of both), " + crosswalk.count("select count(*) from import_conflicts "
                    + "where status = 'open' and reason = 'AMBIGUOUS'") + " open AMBIGUOUS");
            return database(crosswalk);
        }
    }

    /** The database in terms that do not name the arrival (ids, batch numbers), keyed by each contact's addresses. */
    private static Map<String, Object> database(TestCrosswalk crosswalk) throws Exception {
        String key = "(select string_agg(e.email, ' ' order by e.email) from contact_emails e "
                + "where e.contact_id = c.id)";
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("contacts", keyed(crosswalk.rows("select " + key + " as k, c.first_name, c.last_name, c.phone, "
                + "c.address_line1, c.address_line2, c.city, c.region, c.postal_code, c.country "
                + "from contacts c where c.deleted_at is null")));
        parts.put("labels", keyed(crosswalk.rows("select " + key + " as k, c.lock_level, "
                + "regexp_replace(c.lock_reason, ' \\(review batch \\d+\\)', '') as lock_reason, "
                + "c.email_undeliverable from contacts c where c.deleted_at is null")));
        parts.put("consent", keyed(crosswalk.rows("select " + key + " as k, c.email_subscribed, "
                + "c.subscription_protected, regexp_replace(c.subscription_protected_reason, ' \\(batch \\d+\\)', '') "
                + "as reason from contacts c where c.deleted_at is null")));
        parts.put("identities", keyed(crosswalk.rows("select " + key + " as k, string_agg(i.source || ':' "
                + "|| i.external_id, ' ' order by i.source, i.external_id) as ids from contacts c "
                + "join contact_identities i on i.contact_id = c.id where c.deleted_at is null group by c.id")));
        parts.put("tags", keyed(crosswalk.rows("select " + key + " as k, string_agg(t.name, ', ' order by t.name) "
                + "as tags from contacts c join contact_tags ct on ct.contact_id = c.id join tags t on t.id = ct.tag_id "
                + "where c.deleted_at is null group by c.id")));
        parts.put("products", keyed(crosswalk.rows("select " + key + " as k, string_agg(p.source || ':' || p.name, "
                + "', ' order by p.source, p.name) as products from contacts c join contact_products cp "
                + "on cp.contact_id = c.id join products p on p.id = cp.product_id where c.deleted_at is null "
                + "group by c.id")));
        parts.put("transactions", crosswalk.rows("select t.source, t.external_id, t.amount::text, t.currency, "
                + "t.status, " + key.replace("c.id", "t.contact_id") + " as k from transactions t "
                + "order by t.source, t.external_id"));
        parts.put("subscriptions", crosswalk.rows("select s.source, s.external_id, s.status, s.amount::text, "
                + key.replace("c.id", "s.contact_id") + " as k from subscriptions s order by s.source, s.external_id"));
        parts.put("open items", crosswalk.rows("select distinct " + key.replace("c.id", "k.contact_id")
                + " as k, k.field, k.reason, case when k.reason in ('AMBIGUOUS', 'DUPLICATE') then null "
                + "else k.current_value end as current_value, k.incoming_value from import_conflicts k "
                + "where k.status = 'open' order by 1, 2, 3, 4, 5"));
        return parts;
    }

    /** What differs between two runs' parts, entry by entry (a readable failure, not two whole databases). */
    private static List<String> differences(Object expected, Object actual) {
        if (!(expected instanceof Map<?, ?> a) || !(actual instanceof Map<?, ?> b)) {
            return expected.equals(actual) ? List.of() : List.of("expected " + expected + "\nbut was " + actual);
        }
        List<String> out = new ArrayList<>();
        Set<Object> keys = new TreeSet<>(a.keySet().stream().map(Object::toString).toList());
        b.keySet().forEach(k -> keys.add(k.toString()));
        for (Object k : keys) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                out.add(k + ": " + a.get(k) + " / " + b.get(k));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Object>> keyed(List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> byKey = new TreeMap<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new TreeMap<>(row);
            String k = (String) values.remove("k");
            assertNotNull(k, "a contact without an email: " + row);
            assertNull(byKey.put(k, values), "two contacts with the addresses " + k);
        }
        return byKey;
    }
}
