package dev.crosswalk.pipeline;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.value.InvalidValueException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a file's rows through its mapper in constant memory: usable rows are handed on in chunks, rejected and
 * skipped rows are counted and listed with their line and reason. Logs progress for long files. Reading and
 * mapping run a chunk or two ahead on a thread of their own ({@link ReadAhead}); counting, listing and the
 * chunks' database work stay on the caller's thread, in file order.
 */
final class RowStream {

    private static final Logger LOG = LoggerFactory.getLogger(RowStream.class);
    /** chunks read and mapped ahead of the one being written: bounded, so memory stays constant */
    private static final int READ_AHEAD_BLOCKS = 2;

    /** A row and what its mapper made of it (on the read-ahead thread). */
    private record Read(CsvRow row, RowResult result) {
    }

    /** Receives each full chunk, inside the batch transaction. */
    @FunctionalInterface
    interface ChunkSink {
        void accept(List<SourceRecord> rows) throws SQLException;
    }

    private final CsvFile csv;
    private final RowMapper mapper;
    private final BatchTally tally;
    private final OutputFiles outputs;
    private final String label;
    private long dataRows;

    RowStream(CsvFile csv, RowMapper mapper, BatchTally tally, OutputFiles outputs, String label) {
        this.csv = csv;
        this.mapper = mapper;
        this.tally = tally;
        this.outputs = outputs;
        this.label = label;
    }

    void forEachChunk(int chunkSize, long progressEvery, ChunkSink sink) throws SQLException {
        long start = System.nanoTime();
        long seen = 0;
        List<SourceRecord> chunk = new ArrayList<>(chunkSize);
        Iterator<CsvRow> rows = csv.rows();
        Iterator<Read> mapped = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Read next() {
                CsvRow row = rows.next();
                return new Read(row, map(row));
            }
        };
        try (ReadAhead<Read> reads = new ReadAhead<>(mapped, chunkSize, READ_AHEAD_BLOCKS, label + " reader")) {
            while (reads.hasNext()) {
                Read read = reads.next();
                CsvRow row = read.row();
                if (!row.isBlank()) {
                    dataRows++;
                }
                if (read.result() instanceof RowResult.Mapped m) {
                    chunk.add(new SourceRecord(row.line(), m.contact(), m.transaction(), m.subscription()));
                    tally.money(m.transaction());
                    if (chunk.size() == chunkSize) {
                        sink.accept(chunk);
                        chunk = new ArrayList<>(chunkSize);
                    }
                } else if (read.result() instanceof RowResult.Rejected rejected) {
                    tally.rejected(row.line(), rejected.reason());
                    outputs.rejected(row.line(), RowOutcome.REJECTED.key(), rejected.reason());
                } else if (read.result() instanceof RowResult.Skipped skipped) {
                    tally.row(RowOutcome.SKIPPED);
                    tally.skipped(skipped.reason());
                    outputs.rejected(row.line(), RowOutcome.SKIPPED.key(), skipped.reason());
                }
                if (++seen % progressEvery == 0) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    LOG.info("{}: {} rows read ({} rows/s)", label, seen, Math.round(seen / seconds));
                }
            }
        }
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
        }
    }

    /** Records after the header that are not blank lines: zero means the export holds nobody. */
    long dataRows() {
        return dataRows;
    }

    private RowResult map(CsvRow row) {
        if (row.isBlank()) {
            return new RowResult.Skipped("empty row");
        }
        if (row.repeatsHeader()) {
            return new RowResult.Skipped("the header line again");
        }
        if (row.shapeProblem() != null) {
            return new RowResult.Rejected(row.shapeProblem());
        }
        try {
            return mapper.map(row);
        } catch (InvalidValueException e) {
            return new RowResult.Rejected(e.getMessage());
        }
    }
}
