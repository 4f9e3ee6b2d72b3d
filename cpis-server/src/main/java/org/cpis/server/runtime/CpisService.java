package org.cpis.server.runtime;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.cpis.core.retention.RetentionService;
import org.cpis.core.rules.ServiceCalendar;
import org.cpis.gateway.soap.NhsQueryEndpoint;
import org.cpis.server.settings.Settings;
import org.cpis.sft.mesh.MeshDoor;
import org.cpis.sft.processing.ProcessingCheckpoints;
import org.cpis.store.CpisDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running CP-IS service: started with its database, its daily retention sweep and the NHS Query endpoint,
 * announced ready, and stopped once.
 */
public final class CpisService {

    /** How the ready line starts; scripts and tests wait for it on standard output. */
    public static final String READY = "CP-IS ready: ";

    private static final Logger LOG = LoggerFactory.getLogger(CpisService.class);

    private final Settings settings;
    private final ServerDatabase database;
    private final RetentionSchedule retention;
    private final NhsQueryEndpoint queryEndpoint;
    private final String queryEndpointOff;
    private final FileExchange exchange;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private CpisService(Settings settings, ServerDatabase database, RetentionSchedule retention,
                        NhsQueryEndpoint queryEndpoint, String queryEndpointOff, FileExchange exchange) {
        this.settings = settings;
        this.database = database;
        this.retention = retention;
        this.queryEndpoint = queryEndpoint;
        this.queryEndpointOff = queryEndpointOff;
        this.exchange = exchange;
    }

    /**
     * Opens and migrates the database, plans the daily retention sweep unless it is off, then starts listening for
     * NHS Queries and opens the Local Authorities' file exchange.
     */
    public static CpisService start(Settings settings) {
        return start(settings, HaltAtCheckpoint.fromEnvironment(System.getenv(HaltAtCheckpoint.VARIABLE)));
    }

    static CpisService start(Settings settings, ProcessingCheckpoints checkpoints) {
        LOG.info("CP-IS starting with data folder {}", settings.dataFolder());
        QueryEndpointLauncher queryEndpoint = QueryEndpointLauncher.prepare(settings);
        ServerDatabase database = ServerDatabase.open(settings, "the CP-IS service");
        RetentionSchedule retention = null;
        NhsQueryEndpoint queries = null;
        try {
            retention = retentionSchedule(settings, database.database());
            queries = queryEndpoint.start(database.database(), ServiceCalendar.systemClock());
            FileExchange exchange = FileExchange.start(settings, database.database(), ServiceCalendar.systemClock(),
                    checkpoints);
            return new CpisService(settings, database, retention, queries, queryEndpoint.offReason(), exchange);
        } catch (RuntimeException e) {
            try {
                if (queries != null) {
                    queries.close();
                }
            } finally {
                try {
                    if (retention != null) {
                        retention.close();
                    }
                } finally {
                    database.close();
                }
            }
            throw e;
        }
    }

    private static RetentionSchedule retentionSchedule(Settings settings, CpisDatabase database) {
        if (settings.retentionSweepTime().isEmpty()) {
            LOG.warn("Retention sweep is off (retention.time=off): records past their retention stay until"
                    + " 'cpis-server retention sweep' is run");
            return null;
        }
        Clock clock = ServiceCalendar.systemClock();
        RetentionService sweep = new RetentionService(database.transactions(), database.demographics(), clock);
        return RetentionSchedule.daily(settings.retentionSweepTime().get(), sweep::sweep, clock);
    }

    /** Says the service is ready: one line on {@code out} whatever the log level, and the same line in the log. */
    public void announceReady(PrintWriter out) {
        String ready = READY + "data folder " + settings.dataFolder() + ", database " + database.description()
                + (queryEndpoint == null ? ", NHS Query endpoint off (" + queryEndpointOff + ")"
                : ", NHS Query endpoint " + queryEndpoint.address()
                + (queryEndpoint.isMutualTls() ? " (mutual TLS)" : " (PLAIN HTTP, local demo only)"))
                + ", " + exchange.describe(settings.exchangeFolders());
        LOG.info(ready);
        out.println(ready);
        out.flush();
    }

    /** Blocks until {@link #stop()} has run. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * The service's database, for tools that run beside the service in the same process (the load benchmark,
     * {@code cpis-server bench query}, loads its demo data and counts the access events through it).
     */
    public CpisDatabase database() {
        return database.database();
    }

    /** The NHS Query endpoint, listening; {@code null} when it is off for want of TLS keys. */
    public NhsQueryEndpoint queryEndpoint() {
        return queryEndpoint;
    }

    /** The MESH-compatible HTTP door for Local Authorities, listening; {@code null} when it is off for want of TLS keys. */
    public MeshDoor meshDoor() {
        return exchange.meshDoor();
    }

    /** The Local Authorities' file exchange: its doors and jobs. */
    FileExchange exchange() {
        return exchange;
    }

    /**
     * Stops taking NHS Queries and LA messages, stops the retention schedule and the exchange's jobs, then closes the
     * database; the second and later calls do nothing.
     */
    public synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        LOG.info("CP-IS stopping");
        try {
            try {
                try {
                    if (queryEndpoint != null) {
                        queryEndpoint.close();
                    }
                } finally {
                    exchange.close();
                }
            } finally {
                if (retention != null) {
                    retention.close();
                }
            }
        } finally {
            try {
                database.close();
            } finally {
                stopped.countDown();
            }
        }
    }
}
