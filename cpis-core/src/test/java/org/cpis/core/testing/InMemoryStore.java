package org.cpis.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * An in-memory fake of the stores for the core's unit tests (the real ones, in cpis-store, are tested on
 * PostgreSQL). Transactions are serialised; a transaction that throws leaves the state as it was before it.
 */
public final class InMemoryStore implements Transactions, StoreSession {

    private State state = new State();

    private static final class State {
        final Map<NhsNumber, Map<OdsCode, LocalAuthorityEntry>> entries = new TreeMap<>();
        final List<AccessEvent> accesses = new ArrayList<>();
        final List<AuditEntry> audit = new ArrayList<>();
        final Map<NhsNumber, LocalDate> subjects = new LinkedHashMap<>();
        final Map<String, LedgerEntry> ledger = new HashMap<>();

        State copy() {
            State c = new State();
            entries.forEach((k, v) -> c.entries.put(k, new TreeMap<>(v)));
            c.accesses.addAll(accesses);
            c.audit.addAll(audit);
            c.subjects.putAll(subjects);
            c.ledger.putAll(ledger);
            return c;
        }
    }

    @Override
    public synchronized <T> T inTransaction(Function<StoreSession, T> work) {
        State before = state.copy();
        try {
            return work.apply(this);
        } catch (RuntimeException | Error e) {
            state = before;
            throw e;
        }
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
        return ledger;
    }

    /** Every audit event, oldest first (test inspection). */
    public synchronized List<AuditEvent> auditEvents() {
        return state.audit.stream().map(AuditEntry::event).toList();
    }

    public synchronized List<AccessEvent> allAccessEvents() {
        return List.copyOf(state.accesses);
    }

    private final RecordStore records = new RecordStore() {
        @Override
        public ChildRecord find(NhsNumber nhs) {
            return new ChildRecord(nhs, List.copyOf(state.entries.getOrDefault(nhs, Map.of()).values()));
        }

        @Override
        public Map<NhsNumber, ChildRecord> findAll(Collection<NhsNumber> numbers) {
            Map<NhsNumber, ChildRecord> out = new HashMap<>();
            for (NhsNumber n : numbers) {
                ChildRecord r = find(n);
                if (!r.isEmpty()) {
                    out.put(n, r);
                }
            }
            return out;
        }

        @Override
        public Optional<LocalAuthorityEntry> replace(LocalAuthorityEntry entry) {
            return Optional.ofNullable(state.entries.computeIfAbsent(entry.nhsNumber(), k -> new TreeMap<>())
                    .put(entry.localAuthorityCode(), entry));
        }

        @Override
        public boolean remove(NhsNumber nhs, OdsCode la) {
            Map<OdsCode, LocalAuthorityEntry> m = state.entries.get(nhs);
            boolean removed = m != null && m.remove(la) != null;
            if (m != null && m.isEmpty()) {
                state.entries.remove(nhs);
            }
            return removed;
        }

        @Override
        public void forEachEntry(Consumer<LocalAuthorityEntry> visitor) {
            state.entries.values().forEach(m -> m.values().forEach(visitor));
        }
    };

    private final AccessLog accessLog = new AccessLog() {
        private final Comparator<AccessEvent> oldestFirst = Comparator.comparing(AccessEvent::accessedAt);

        @Override
        public void record(AccessEvent event) {
            state.accesses.add(event);
        }

        @Override
        public List<AccessEvent> history(NhsNumber nhs) {
            return state.accesses.stream().filter(a -> a.nhsNumber().equals(nhs)).sorted(oldestFirst).toList();
        }

        @Override
        public Map<NhsNumber, List<AccessEvent>> histories(Collection<NhsNumber> numbers) {
            return state.accesses.stream().filter(a -> numbers.contains(a.nhsNumber())).sorted(oldestFirst)
                    .collect(Collectors.groupingBy(AccessEvent::nhsNumber));
        }

        @Override
        public Set<NhsNumber> accessedBetween(Instant from, Instant to) {
            return state.accesses.stream().filter(a -> in(a.accessedAt(), from, to)).map(AccessEvent::nhsNumber)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        public long countBetween(Instant from, Instant to) {
            return state.accesses.stream().filter(a -> in(a.accessedAt(), from, to)).count();
        }

        @Override
        public int removeAll(NhsNumber nhs) {
            int before = state.accesses.size();
            state.accesses.removeIf(a -> a.nhsNumber().equals(nhs));
            return before - state.accesses.size();
        }
    };

    private final AuditTrail auditTrail = new AuditTrail() {
        @Override
        public void append(AuditEvent event) {
            state.audit.add(new AuditEntry(state.audit.size() + 1L, event, false));
        }

        @Override
        public void appendAll(List<AuditEvent> events) {
            events.forEach(this::append);
        }

        @Override
        public List<AuditEntry> find(AuditQuery q) {
            return state.audit.stream().filter(a -> matches(a.event(), q)).limit(q.limit()).toList();
        }

        private boolean matches(AuditEvent e, AuditQuery q) {
            return (q.subject() == null || q.subject().equals(e.subject()))
                    && (q.actor() == null || q.actor().equals(e.actor()))
                    && (q.organisation() == null || q.organisation().equals(e.actorOrganisation()))
                    && (q.actions().isEmpty() || q.actions().contains(e.action()))
                    && (q.from() == null || !e.at().isBefore(q.from()))
                    && (q.to() == null || e.at().isBefore(q.to()));
        }

        @Override
        public long count(AuditAction action, Instant from, Instant to) {
            return state.audit.stream().map(AuditEntry::event)
                    .filter(e -> e.action() == action && in(e.at(), from, to)).count();
        }

        @Override
        public Set<OdsCode> organisations(AuditAction action, Instant from, Instant to) {
            return state.audit.stream().map(AuditEntry::event)
                    .filter(e -> e.action() == action && in(e.at(), from, to) && e.actorOrganisation() != null)
                    .map(AuditEvent::actorOrganisation).collect(Collectors.toSet());
        }

        @Override
        public AuditVerification verify() {
            return AuditVerification.intact(state.audit.size());
        }

        @Override
        public void registerSubject(NhsNumber nhs, LocalDate birthDate) {
            state.subjects.put(nhs, birthDate);
        }

        @Override
        public List<AuditSubject> subjects() {
            return state.subjects.entrySet().stream().map(e -> new AuditSubject(e.getKey(), e.getValue())).toList();
        }

        @Override
        public int redact(NhsNumber subject) {
            int n = 0;
            for (int i = 0; i < state.audit.size(); i++) {
                AuditEntry a = state.audit.get(i);
                if (subject.equals(a.event().subject()) && !a.redacted()) {
                    AuditEvent e = a.event();
                    state.audit.set(i, new AuditEntry(a.sequence(), new AuditEvent(e.at(), e.action(), e.actor(),
                            e.actorOrganisation(), e.subject(), ""), true));
                    n++;
                }
            }
            state.subjects.remove(subject);
            return n;
        }
    };

    private final FileLedger ledger = new FileLedger() {
        @Override
        public Optional<LedgerEntry> find(OdsCode la, String sequenceId) {
            return Optional.ofNullable(state.ledger.get(la.value() + "/" + sequenceId));
        }

        @Override
        public void record(LedgerEntry entry) {
            String key = entry.localAuthority().value() + "/" + entry.sequenceId();
            if (state.ledger.putIfAbsent(key, entry) != null) {
                throw new DuplicateFileException("file " + key + " already applied", null);
            }
        }
    };

    private static boolean in(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
