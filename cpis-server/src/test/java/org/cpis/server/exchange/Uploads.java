package org.cpis.server.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.testing.Fixtures;
import org.cpis.core.upload.UploadFile;
import org.cpis.core.upload.UploadRecord;
import org.cpis.core.upload.UploadedLocalAuthority;
import org.cpis.gateway.codec.upload.UploadEncoder;
import org.cpis.sft.control.DtsControl;
import org.cpis.store.CpisDatabase;

/** LA Upload files as an LA's system writes them (the gateway's encoder), and what the store holds of them. */
final class Uploads {

    static final String SERVICE_MAILBOX = "CPIS0001";
    static final String UPLOAD_WORKFLOW = "CPIS_UPLOAD";
    static final String ACK_WORKFLOW = "CPIS_UPLOAD_ACK";
    static final String ACCESS_TO_SERVICE_WORKFLOW = "CPIS_ACCESS_TO_SERVICE";
    static final String INACTIVE_WORKFLOW = "CPIS_INACTIVE_NHS_NUMBERS";

    private Uploads() {
    }

    /** An LA of the tests with both telephone numbers. */
    static UploadedLocalAuthority la(String ods, String name) {
        return new UploadedLocalAuthority(ods, name, "01632960001", "01632960002");
    }

    /** A child with a Child Protection Plan from 1 September 2025. */
    static UploadRecord child(int position, String nhs, String given, String family, String birthDate) {
        return Fixtures.child(position, nhs, "LOCAL-" + nhs, given, family, birthDate, Fixtures.cpp("2025-09-01"));
    }

    /** The upload file's bytes. */
    static byte[] file(UploadedLocalAuthority la, String sequenceId, UploadRecord... records) {
        return new UploadEncoder().encode(new UploadFile(sequenceId, Instant.parse("2026-03-01T09:00:00Z"),
                records.length, la, List.of(records), "unused"));
    }

    /** The control file an LA writes beside an upload. */
    static DtsControl control(String mailbox, String localId) {
        return DtsControl.data().workflowId(UPLOAD_WORKFLOW).fromDts(mailbox).toDts(SERVICE_MAILBOX)
                .subject("CP-IS Local Authority Upload").localId(localId).build();
    }

    /** The LA's entry for a child, when the store holds one. */
    static java.util.Optional<LocalAuthorityEntry> entry(CpisDatabase database, String nhs, String ods) {
        ChildRecord record = database.transactions().inTransaction(s -> s.records().find(NhsNumber.of(nhs)));
        return record.entries().stream().filter(e -> e.localAuthorityCode().value().equals(ods)).findFirst();
    }

    /** How many times a child's record was stored (audit trail, RECORD_STORED). */
    static long timesStored(CpisDatabase database, String nhs) {
        return database.transactions().inTransaction(s -> s.auditTrail().find(new AuditQuery(NhsNumber.of(nhs), null,
                null, Set.of(AuditAction.RECORD_STORED), null, null, 1000))).size();
    }
}
