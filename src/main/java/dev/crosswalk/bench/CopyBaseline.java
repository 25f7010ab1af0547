package dev.crosswalk.bench;

import dev.crosswalk.db.Sql;
import dev.crosswalk.sample.Membership;
import dev.crosswalk.sample.People;
import dev.crosswalk.sample.Person;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The physical limit: the same contacts the Kajabi file holds, streamed with PostgreSQL's COPY FROM STDIN (the
 * driver's CopyManager) in one transaction into copies of {@code contacts} and {@code contact_emails} with the
 * same constraints and indexes. The rows are prepared in files first, so only the COPY is timed: no parsing,
 * matching or auditing — what the import costs beyond this is its own.
 */
final class CopyBaseline {

    private static final CSVFormat COPY_CSV = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\n").get();

    private CopyBaseline() {
    }

    static Measurement run(DataSource ds, ProcessCpu cpu, People people, long rows, Path work)
            throws SQLException, IOException, InterruptedException {
        Path contacts = work.resolve("copy-contacts.csv");
        Path emails = work.resolve("copy-emails.csv");
        prepare(people, rows, contacts, emails);
        BenchDatabase.execute(ds, "bench/copy-tables");
        WriteMeter writes = WriteMeter.start(ds);
        double jvm = ProcessCpu.jvmSeconds();
        Double db = cpu.dbSeconds();
        long started = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (BufferedReader in = Files.newBufferedReader(contacts, StandardCharsets.UTF_8)) {
                copy.copyIn(Sql.load("bench/copy-contacts"), in);
            }
            try (BufferedReader in = Files.newBufferedReader(emails, StandardCharsets.UTF_8)) {
                copy.copyIn(Sql.load("bench/copy-emails"), in);
            }
            c.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Double dbUsed = db == null ? null : cpu.dbSeconds() - db;
        double jvmUsed = ProcessCpu.jvmSeconds() - jvm;
        Map<String, Object> detail = new LinkedHashMap<>(writes.stop(rows));
        BenchDatabase.execute(ds, "bench/copy-drop");
        Files.delete(contacts);
        Files.delete(emails);
        detail.put("tables", "contacts + contact_emails (same constraints and indexes), one transaction");
        return new Measurement(rows, seconds, jvmUsed, dbUsed, detail);
    }

    /** The COPY input: one contact and one email row per person of the Kajabi file. */
    private static void prepare(People people, long rows, Path contacts, Path emails) throws IOException {
        try (Writer c = Files.newBufferedWriter(contacts, StandardCharsets.UTF_8);
                Writer e = Files.newBufferedWriter(emails, StandardCharsets.UTF_8);
                CSVPrinter contactRows = new CSVPrinter(c, COPY_CSV);
                CSVPrinter emailRows = new CSVPrinter(e, COPY_CSV)) {
            long id = 0;
            for (long index = 0; id < rows; index++) {
                if (!people.in(index, Membership.KAJABI)) {
                    continue;
                }
                Person p = people.person(index);
                id++;
                contactRows.printRecord(id, p.personalEmail(), p.first(), p.last(), p.phone(), p.street(), p.city(),
                        p.state(), p.zip(), p.country(), "kajabi", p.createdAt().toString());
                emailRows.printRecord(id, id, p.personalEmail().toLowerCase(Locale.ROOT), p.personalEmail(),
                        "primary", "kajabi");
            }
        }
    }
}
