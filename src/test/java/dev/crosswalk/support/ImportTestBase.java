package dev.crosswalk.support;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of imports: each test gets its own home folder and a fresh database behind a one-shot runtime. */
public abstract class ImportTestBase {

    @TempDir
    protected Path home;
    protected TestCrosswalk crosswalk;

    @BeforeEach
    void startCrosswalk() throws Exception {
        crosswalk = TestCrosswalk.start(home);
    }

    @AfterEach
    void stopCrosswalk() {
        crosswalk.close();
    }
}
