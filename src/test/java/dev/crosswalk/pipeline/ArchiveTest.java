package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.OwnerOnly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the processed file goes: the inbox moves it where this says; a command-line file is copied there. */
class ArchiveTest {

    @TempDir
    Path dir;

    @Test
    void anInboxFileIsOnlyToldWhereToGo() throws Exception {
        Exchange exchange = exchange(true);
        Path destination = dir.resolve("outbox/archive/2026-11-30/kajabi/1-people.csv");

        archive().place(settled(), exchange);

        assertEquals(destination.toString(), exchange.getIn().getHeader(Headers.DESTINATION));
        assertFalse(Files.exists(destination), "the inbox's file consumer moves it");
    }

    @Test
    void aCommandLineFileStaysAndTheArchiveKeepsAPrivateCopy() throws Exception {
        Exchange exchange = exchange(false);
        Path destination = dir.resolve("outbox/archive/2026-11-30/kajabi/1-people.csv");

        archive().place(settled(), exchange);

        assertEquals(destination.toString(), exchange.getIn().getHeader(Headers.DESTINATION));
        assertTrue(Files.exists(dir.resolve("people.csv")));
        assertEquals("Email\n", Files.readString(destination));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(destination)));
    }

    private Archive archive() {
        return new Archive(new OwnerOnly(true, dir.resolve("outbox")));
    }

    private SettledBatch settled() {
        return new SettledBatch(new ImportRequest(1, dir.resolve("people.csv"), "kajabi", false, Instant.now(),
                dir.resolve("outbox/archive/2026-11-30/kajabi/1-people.csv")), null, null, List.of());
    }

    private Exchange exchange(boolean fromInbox) throws Exception {
        Files.writeString(dir.resolve("people.csv"), "Email\n");
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setHeader(Headers.FROM_INBOX, fromInbox);
        return exchange;
    }
}
