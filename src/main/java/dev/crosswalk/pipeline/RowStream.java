package dev.crosswalk.pipeline;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.value.InvalidValueException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a file's rows through its mapper in constant memory, as an iterator of chunks: usable rows are handed on
 * in chunks, rejected and skipped rows are counted and listed with their line and reason as the iterator passes
 * them, and so are the warnings of usable rows (a value of an optional column left out). Logs progress for long files. Reading and mapping run a chunk or two ahead on a thread of their own
 * ({@link ReadAhead}); counting, listing and the chunks' database work stay on the caller's thread, in file order.
 */
final class RowStream implements Iterator<List<SourceRecord>>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RowStream.class);
    /** chunks read and mapped ahead of the one being written: bounded, so memory stays constant */
    private static final int READ_AHEAD_BLOCKS = 2;

    /** A row and what its mapper made of it (on the read-ahead thread). */
    private record Read(CsvRow row, RowResult result) {
    }

    /** The outcome column's word for a warning on a row that was applied: its outcome is counted as usual. */
    static final String WARNING = "warning";

    private final RowMapper mapper;
    private final BatchTally tally;
    private final OutputFiles outputs;
    private final String label;
    private final int chunkSize;
    private final long progressEvery;
    private final ReadAhead<Read> reads;
    private final long start = System.nanoTime();
    private long seen;
    private long dataRows;
    private List<SourceRecord> next;

    RowStream(CsvFile csv, RowMapper mapper, BatchTally tally, OutputFiles outputs, String label, int chunkSize,
            long progressEvery) {
        this.mapper = mapper;
        this.tally = tally;
        this.outputs = outputs;
        this.label = label;
        this.chunkSize = chunkSize;
        this.progressEvery = progressEvery;
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
        this.reads = new ReadAhead<>(mapped, chunkSize, READ_AHEAD_BLOCKS, label + " reader");
    }

    /** Reads on to the next full chunk (or the last, shorter one); rows that are no chunk's are counted on the way. */
    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readChunk();
        }
        return !next.isEmpty();
    }

    @Override
    public List<SourceRecord> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<SourceRecord> chunk = next;
        next = null;
        return chunk;
    }

    private List<SourceRecord> readChunk() {
        List<SourceRecord> chunk = new ArrayList<>(chunkSize);
        while (chunk.size() < chunkSize && reads.hasNext()) {
            Read read = reads.next();
            CsvRow row = read.row();
            if (!row.isBlank()) {
                dataRows++;
            }
            if (read.result() instanceof RowResult.Mapped m) {
                chunk.add(new SourceRecord(row.line(), m.contact(), m.transaction(), m.subscription()));
                tally.money(m.transaction());
                for (String warning : m.warnings()) {
                    tally.warned(warning);
                    outputs.rejected(row.line(), WARNING, warning);
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
        return chunk;
    }

    /** Stops the read-ahead thread (when the batch ends before the last row), so the file can be closed. */
    @Override
    public void close() {
        reads.close();
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
