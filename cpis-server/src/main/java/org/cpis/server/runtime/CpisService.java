package org.cpis.server.runtime;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.cpis.server.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running CP-IS service: started with its database, announced ready, and stopped once. */
public final class CpisService {

    /** How the ready line starts; scripts and tests wait for it on standard output. */
    public static final String READY = "CP-IS ready: ";

    private static final Logger LOG = LoggerFactory.getLogger(CpisService.class);

    private final Settings settings;
    private final ServerDatabase database;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private CpisService(Settings settings, ServerDatabase database) {
        this.settings = settings;
        this.database = database;
    }

    /** Opens and migrates the database. */
    public static CpisService start(Settings settings) {
        LOG.info("CP-IS starting with data folder {}", settings.dataFolder());
        return new CpisService(settings, ServerDatabase.open(settings, "the CP-IS service"));
    }

    /** Says the service is ready: one line on {@code out} whatever the log level, and the same line in the log. */
    public void announceReady(PrintWriter out) {
        String ready = READY + "data folder " + settings.dataFolder() + ", database " + database.description();
        LOG.info(ready);
        out.println(ready);
        out.flush();
    }

    /** Blocks until {@link #stop()} has run. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Closes the database; the second and later calls do nothing. */
    public synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("CP-IS stopping");
        try {
            database.close();
        } finally {
            stopped.countDown();
        }
    }
}
