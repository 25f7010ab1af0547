package dev.crosswalk.erasure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.model.Identity;
import dev.crosswalk.report.OwnerOnly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rewriting outbox files: only the person's records go, everything else stays byte for byte. */
class OutboxScrubberTest {

    @TempDir
    Path outbox;

    private static final Person ANN = new Person(List.of(7L), Set.of("ann@example.com"),
            Set.of(new Identity("kajabi", "106604827")), Set.of("Ann", "Lee", "Ann Lee", "+1 303 555 0100"));

    @Test
    void aSemicolonLatin1ExportLosesOnlyHerRecordIncludingItsMultiLineCell() throws Exception {
        Path file = outbox.resolve("archive/2025-11-01/manual/3-list.csv");
        Files.createDirectories(file.getParent());
        String bob = "\"Bob\";bob@example.com;\"Caf\u00e9, 2nd floor\"\r\n";
        String ann = "\"Ann\";ANN@Example.com;\"line one\r\nline two\"\r\n";
        Files.write(file, ("Name;Email;Note\r\n" + bob + ann + "Zoe;zoe@example.com;x").getBytes(
                StandardCharsets.ISO_8859_1));

        OutboxScrubber scrubber = new OutboxScrubber(outbox, new OwnerOnly(true, outbox));
        assertEquals(List.of("archive/2025-11-01/manual/3-list.csv"), scrubber.scrub(ANN, true));
        assertEquals(List.of("archive/2025-11-01/manual/3-list.csv"), scrubber.scrub(ANN, false));

        assertArrayEquals(("Name;Email;Note\r\n" + bob + "Zoe;zoe@example.com;x").getBytes(
                StandardCharsets.ISO_8859_1), Files.readAllBytes(file));
        assertEquals(List.of(), scrubber.scrub(ANN, false), "a second run finds nothing left");
    }

    @Test
    void reportsLoseHerValuesAndRowsThatNameHerContactId() throws Exception {
        Path changes = outbox.resolve("reports/4-changes.csv");
        Files.createDirectories(changes.getParent());
        Files.writeString(changes, "\uFEFFline,contact_id,field,old_value,new_value,outcome\r\n"
                + "2,7,city,Boulder,Denver,updated\r\n2,8,city,Aspen,Vail,updated\r\n");
        Path json = outbox.resolve("reports/5-report.json");
        Files.writeString(json, "{\"who\":\"Ann Lee <ann@example.com>\",\"other\":\"Annabel Leeds\"}");
        Path untouched = outbox.resolve("reports/6-report.json");
        Files.writeString(untouched, "{\"who\":\"Ann\"}");

        new OutboxScrubber(outbox, new OwnerOnly(true, outbox)).scrub(ANN, false);

        assertEquals("\uFEFFline,contact_id,field,old_value,new_value,outcome\r\n2,8,city,Aspen,Vail,updated\r\n",
                Files.readString(changes));
        assertEquals("{\"who\":\"[erased] <[erased]>\",\"other\":\"Annabel Leeds\"}", Files.readString(json));
        assertEquals("{\"who\":\"Ann\"}", Files.readString(untouched), "a file naming nobody but an 'Ann' stays");
    }

    @Test
    void aShortSourceIdDoesNotTakeOtherPeoplesRowsThatHappenToHoldTheSameNumber() throws Exception {
        Person zed = new Person(List.of(9L), Set.of("zed@example.com"), Set.of(new Identity("kajabi", "1")),
                Set.of());
        Path rejected = outbox.resolve("rejected/4-rejected.csv");
        Files.createDirectories(rejected.getParent());
        String kept = "line,outcome,reason\r\n1,rejected,no email\r\n";
        Files.writeString(rejected, kept + "2,rejected,zed@example.com is not unique\r\n");

        new OutboxScrubber(outbox, new OwnerOnly(true, outbox)).scrub(zed, false);

        assertEquals(kept, Files.readString(rejected));
    }
}
