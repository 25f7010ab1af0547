package dev.crosswalk.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a scenario wrote, per file row: the table rows by table ({@link TableWrites}) and the write-ahead log
 * ({@link WalMeter}). Both are counts, not times: they hold on a busy machine, and a change to the data model or the
 * engine shows in them before it shows in a timing.
 */
final class WriteMeter {

    private final TableWrites tables;
    private final WalMeter wal;

    private WriteMeter(TableWrites tables, WalMeter wal) {
        this.tables = tables;
        this.wal = wal;
    }

    /** Call before the clock starts: the table counts are read once the previous step's have arrived. */
    static WriteMeter start(DataSource ds) throws SQLException, InterruptedException {
        TableWrites tables = TableWrites.start(ds);
        return new WriteMeter(tables, WalMeter.start(ds));
    }

    /**
     * Call when the measured work has ended: the WAL position is read at once, the table counts once they have
     * arrived. The keys go into the figure's JSON beside its timing.
     */
    Map<String, Object> stop(long fileRows) throws SQLException, InterruptedException {
        long walBytes = wal.bytes();
        Map<String, Map<String, Double>> byTable = tables.perFileRow(fileRows);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("wal_mb", Measurement.round(walBytes / 1024.0 / 1024, 3));
        detail.put("wal_bytes_per_row", Math.round((double) walBytes / Math.max(1, fileRows)));
        detail.put("table_rows_per_row", TableWrites.total(byTable));
        detail.put("table_rows_per_row_by_table", byTable);
        return detail;
    }
}
