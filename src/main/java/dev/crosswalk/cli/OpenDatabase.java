package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;

/** A one-shot command's settings and the database opened on them, closed when the command ends. */
record OpenDatabase(CrosswalkSettings settings, Database database) implements AutoCloseable {

    static OpenDatabase open() {
        CrosswalkSettings settings = CrosswalkSettings.load();
        return new OpenDatabase(settings, Database.open(settings));
    }

    @Override
    public void close() {
        database.close();
    }
}
