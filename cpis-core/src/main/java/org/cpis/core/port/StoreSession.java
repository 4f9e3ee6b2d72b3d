package org.cpis.core.port;

/** The stores as seen from inside one transaction. */
public interface StoreSession {

    RecordStore records();

    AccessLog accessLog();

    AuditTrail auditTrail();

    FileLedger fileLedger();
}
