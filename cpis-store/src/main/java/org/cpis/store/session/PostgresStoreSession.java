package org.cpis.store.session;

import org.cpis.core.port.AccessLog;
import org.cpis.core.port.AuditTrail;
import org.cpis.core.port.FileLedger;
import org.cpis.core.port.RecordStore;
import org.cpis.core.port.StoreSession;
import org.cpis.core.upload.ResultSpilling;
import org.cpis.store.access.AccessLogTable;
import org.cpis.store.audit.AuditTrailTable;
import org.cpis.store.ledger.FileLedgerTable;
import org.cpis.store.record.RecordTable;
import org.jooq.DSLContext;

/** The stores of one transaction, all on that transaction's {@link DSLContext}. */
final class PostgresStoreSession implements StoreSession {

    private final RecordStore records;
    private final AccessLog accessLog;
    private final AuditTrail auditTrail;
    private final FileLedger fileLedger;

    PostgresStoreSession(DSLContext transaction, ResultSpilling ledgerSpilling) {
        this.records = new RecordTable(transaction);
        this.accessLog = new AccessLogTable(transaction);
        this.auditTrail = new AuditTrailTable(transaction);
        this.fileLedger = new FileLedgerTable(transaction, ledgerSpilling);
    }

    @Override
    public RecordStore records() {
        return records;
    }

    @Override
    public AccessLog accessLog() {
        return accessLog;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public FileLedger fileLedger() {
        return fileLedger;
    }
}
