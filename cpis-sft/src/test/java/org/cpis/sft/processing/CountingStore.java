package org.cpis.sft.processing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEntry;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.audit.AuditQuery;
import org.cpis.core.audit.AuditSubject;
import org.cpis.core.audit.AuditVerification;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.ChildRecord;
import org.cpis.core.model.LocalAuthorityEntry;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.AccessLog;
import org.cpis.core.port.AuditTrail;
import org.cpis.core.port.DuplicateFileException;
import org.cpis.core.port.FileLedger;
import org.cpis.core.port.LedgerEntry;
import org.cpis.core.port.RecordStore;
import org.cpis.core.port.StoreSession;
import org.cpis.core.port.Transactions;

/**
 * The stores as the bounded-memory test needs them: a database keeps what it is given off the Java heap, so this
 * stand-in keeps only counts of the entries stored and the audit events appended (and the file ledger, whose
 * entries are small once an acknowledgement's results are spilled). Everything else is refused: the upload path
 * does not use it. Transactions commit their counts and ledger rows only when the work returns.
 */
final class CountingStore implements Transactions {

    private long entriesStored;
    private long auditEvents;
    private final Map<String, LedgerEntry> ledger = new HashMap<>();

    synchronized long entriesStored() {
        return entriesStored;
    }

    synchronized long auditEvents() {
        return auditEvents;
    }

    synchronized Optional<LedgerEntry> ledgerEntry(String la, String sequenceId) {
        return Optional.ofNullable(ledger.get(la + "/" + sequenceId));
    }

    @Override
    public synchronized <T> T inTransaction(Function<StoreSession, T> work) {
        Session session = new Session();
        T result = work.apply(session);
        entriesStored += session.entries;
        auditEvents += session.audit;
        ledger.putAll(session.newLedger);
        return result;
    }

    private final class Session implements StoreSession {
        long entries;
        long audit;
        final Map<String, LedgerEntry> newLedger = new HashMap<>();

        @Override
        public RecordStore records() {
            return new RecordStore() {
                @Override
                public ChildRecord find(NhsNumber nhs) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Map<NhsNumber, ChildRecord> findAll(Collection<NhsNumber> numbers) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Optional<LocalAuthorityEntry> replace(LocalAuthorityEntry entry) {
                    entries++;
                    return Optional.empty();
                }

                @Override
                public boolean remove(NhsNumber nhs, OdsCode la) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void forEachEntry(Consumer<LocalAuthorityEntry> visitor) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public AccessLog accessLog() {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditTrail auditTrail() {
            return new AuditTrail() {
                @Override
                public void append(AuditEvent event) {
                    audit++;
                }

                @Override
                public void appendAll(List<AuditEvent> events) {
                    audit += events.size();
                }

                @Override
                public List<AuditEntry> find(AuditQuery query) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public long count(AuditAction action, Instant from, Instant to) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Set<OdsCode> organisations(AuditAction action, Instant from, Instant to) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public AuditVerification verify() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void registerSubject(NhsNumber nhsNumber, LocalDate birthDate) {
                    // the retention of audit rows is not what this test is about
                }

                @Override
                public List<AuditSubject> subjects() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int redact(NhsNumber subject) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public FileLedger fileLedger() {
            return new FileLedger() {
                @Override
                public Optional<LedgerEntry> find(OdsCode la, String sequenceId) {
                    String key = la.value() + "/" + sequenceId;
                    return Optional.ofNullable(newLedger.getOrDefault(key, ledger.get(key)));
                }

                @Override
                public void record(LedgerEntry entry) {
                    String key = entry.localAuthority().value() + "/" + entry.sequenceId();
                    if (ledger.containsKey(key) || newLedger.putIfAbsent(key, entry) != null) {
                        throw new DuplicateFileException("file " + key + " already applied", null);
                    }
                }
            };
        }
    }
}
