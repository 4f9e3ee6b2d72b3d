package org.cpis.store.systems;

import static org.cpis.store.jooq.Tables.ACCREDITED_SYSTEM;
import static org.cpis.store.jooq.Tables.ACCREDITED_SYSTEM_CERTIFICATE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cpis.core.access.AccreditedSystem;
import org.cpis.core.access.AccreditedSystems;
import org.cpis.core.access.CertificateFingerprint;
import org.cpis.core.model.Asid;
import org.cpis.core.model.OdsCode;
import org.cpis.store.RegistrationConflictException;
import org.cpis.store.jooq.tables.records.AccreditedSystemCertificateRecord;
import org.cpis.store.jooq.tables.records.AccreditedSystemRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The allow-list of accredited systems (CP-NHS018) in {@code accredited_system} and
 * {@code accredited_system_certificate}. Every lookup is one indexed read of the current rows, never a cache, so
 * that disabling a system takes effect from the next message (CP-IS059).
 */
public final class AccreditedSystemTable implements AccreditedSystems {

    private static final org.cpis.store.jooq.tables.AccreditedSystemCertificate ALL_CERTIFICATES =
            ACCREDITED_SYSTEM_CERTIFICATE.as("all_certificates");

    private final DSLContext dsl;

    public AccreditedSystemTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<AccreditedSystem> byAsid(Asid asid) {
        return single(dsl.select(ACCREDITED_SYSTEM.fields()).select(ALL_CERTIFICATES.SHA256)
                .from(ACCREDITED_SYSTEM)
                .leftJoin(ALL_CERTIFICATES).on(ALL_CERTIFICATES.ASID.eq(ACCREDITED_SYSTEM.ASID))
                .where(ACCREDITED_SYSTEM.ASID.eq(asid.value()))
                .fetch());
    }

    @Override
    public Optional<AccreditedSystem> byCertificate(CertificateFingerprint fingerprint) {
        return single(dsl.select(ACCREDITED_SYSTEM.fields()).select(ALL_CERTIFICATES.SHA256)
                .from(ACCREDITED_SYSTEM_CERTIFICATE)
                .join(ACCREDITED_SYSTEM).on(ACCREDITED_SYSTEM.ASID.eq(ACCREDITED_SYSTEM_CERTIFICATE.ASID))
                .leftJoin(ALL_CERTIFICATES).on(ALL_CERTIFICATES.ASID.eq(ACCREDITED_SYSTEM.ASID))
                .where(ACCREDITED_SYSTEM_CERTIFICATE.SHA256.eq(fingerprint.hex()))
                .fetch());
    }

    /** Every registered system, by ASID. */
    public List<AccreditedSystem> all() {
        return systems(dsl.select(ACCREDITED_SYSTEM.fields()).select(ALL_CERTIFICATES.SHA256)
                .from(ACCREDITED_SYSTEM)
                .leftJoin(ALL_CERTIFICATES).on(ALL_CERTIFICATES.ASID.eq(ACCREDITED_SYSTEM.ASID))
                .orderBy(ACCREDITED_SYSTEM.ASID, ALL_CERTIFICATES.SHA256)
                .fetch());
    }

    /**
     * Registers a system, or updates the name, ODS code and device-query permission of one already registered, and
     * adds the certificates given to those it has. A new system gets the enabled state given; a system already
     * registered keeps its own (a disabled system is enabled only by {@link #setEnabled}).
     *
     * @return the system as now registered
     * @throws RegistrationConflictException when a certificate is already another system's; nothing is changed
     */
    public AccreditedSystem register(AccreditedSystem system) {
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            requireNotOthers(tx, system.certificates(), ACCREDITED_SYSTEM_CERTIFICATE.ASID.ne(system.asid().value()));
            tx.insertInto(ACCREDITED_SYSTEM).set(row(system))
                    .onConflict(ACCREDITED_SYSTEM.ASID).doUpdate()
                    .set(ACCREDITED_SYSTEM.NAME, system.name())
                    .set(ACCREDITED_SYSTEM.ODS_CODE, system.organisation().value())
                    .set(ACCREDITED_SYSTEM.DEVICE_QUERIES_ALLOWED, system.deviceQueriesAllowed())
                    .execute();
            insertCertificates(tx, List.of(system));
        });
        return byAsid(system.asid()).orElseThrow();
    }

    /**
     * Adds or replaces systems whole (each ASID once): name, ODS code, permissions, enabled state and exactly the
     * certificates given, in one transaction: either every one is stored or none is.
     *
     * @throws RegistrationConflictException when a certificate is another system's (one not replaced here)
     */
    public void putAll(Collection<AccreditedSystem> systems) {
        List<AccreditedSystem> all = List.copyOf(systems);
        if (all.isEmpty()) {
            return;
        }
        String[] asids = all.stream().map(s -> s.asid().value()).toArray(String[]::new);
        Set<CertificateFingerprint> certificates = all.stream().flatMap(s -> s.certificates().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        dsl.transaction(transaction -> {
            DSLContext tx = transaction.dsl();
            requireNotOthers(tx, certificates, ACCREDITED_SYSTEM_CERTIFICATE.ASID.ne(DSL.all(asids)));
            tx.insertInto(ACCREDITED_SYSTEM).columns(ACCREDITED_SYSTEM.fields())
                    .valuesOfRecords(all.stream().map(AccreditedSystemTable::row).toList())
                    .onConflict(ACCREDITED_SYSTEM.ASID).doUpdate()
                    .set(ACCREDITED_SYSTEM.NAME, DSL.excluded(ACCREDITED_SYSTEM.NAME))
                    .set(ACCREDITED_SYSTEM.ODS_CODE, DSL.excluded(ACCREDITED_SYSTEM.ODS_CODE))
                    .set(ACCREDITED_SYSTEM.DEVICE_QUERIES_ALLOWED, DSL.excluded(ACCREDITED_SYSTEM.DEVICE_QUERIES_ALLOWED))
                    .set(ACCREDITED_SYSTEM.ENABLED, DSL.excluded(ACCREDITED_SYSTEM.ENABLED))
                    .execute();
            tx.deleteFrom(ACCREDITED_SYSTEM_CERTIFICATE).where(ACCREDITED_SYSTEM_CERTIFICATE.ASID.eq(DSL.any(asids))).execute();
            insertCertificates(tx, all);
        });
    }

    /**
     * Enables or disables a system; a disabled system's messages are refused from the next one on (CP-IS059).
     *
     * @return {@code false} when no system has this ASID
     */
    public boolean setEnabled(Asid asid, boolean enabled) {
        return dsl.update(ACCREDITED_SYSTEM).set(ACCREDITED_SYSTEM.ENABLED, enabled)
                .where(ACCREDITED_SYSTEM.ASID.eq(asid.value())).execute() == 1;
    }

    /**
     * Removes a client certificate from the allow-list: connections with it are refused from the next message on.
     *
     * @return the ASID of the system it was registered for, or empty when it was not registered
     */
    public Optional<Asid> removeCertificate(CertificateFingerprint fingerprint) {
        return dsl.deleteFrom(ACCREDITED_SYSTEM_CERTIFICATE)
                .where(ACCREDITED_SYSTEM_CERTIFICATE.SHA256.eq(fingerprint.hex()))
                .returning(ACCREDITED_SYSTEM_CERTIFICATE.ASID)
                .fetchOptional()
                .map(r -> new Asid(r.getAsid()));
    }

    private static AccreditedSystemRecord row(AccreditedSystem system) {
        return new AccreditedSystemRecord(system.asid().value(), system.name(), system.organisation().value(),
                system.deviceQueriesAllowed(), system.enabled());
    }

    private static void insertCertificates(DSLContext tx, List<AccreditedSystem> systems) {
        List<AccreditedSystemCertificateRecord> rows = new ArrayList<>();
        for (AccreditedSystem system : systems) {
            for (CertificateFingerprint certificate : system.certificates()) {
                rows.add(new AccreditedSystemCertificateRecord(certificate.hex(), system.asid().value()));
            }
        }
        if (!rows.isEmpty()) {
            tx.insertInto(ACCREDITED_SYSTEM_CERTIFICATE).columns(ACCREDITED_SYSTEM_CERTIFICATE.fields())
                    .valuesOfRecords(rows)
                    .onConflict(ACCREDITED_SYSTEM_CERTIFICATE.SHA256).doNothing()
                    .execute();
        }
    }

    private static void requireNotOthers(DSLContext tx, Set<CertificateFingerprint> certificates, Condition others) {
        if (certificates.isEmpty()) {
            return;
        }
        String[] hexes = certificates.stream().map(CertificateFingerprint::hex).toArray(String[]::new);
        Record taken = tx.select(ACCREDITED_SYSTEM_CERTIFICATE.SHA256, ACCREDITED_SYSTEM_CERTIFICATE.ASID)
                .from(ACCREDITED_SYSTEM_CERTIFICATE)
                .where(ACCREDITED_SYSTEM_CERTIFICATE.SHA256.eq(DSL.any(hexes)).and(others))
                .orderBy(ACCREDITED_SYSTEM_CERTIFICATE.SHA256)
                .limit(1)
                .fetchOne();
        if (taken != null) {
            throw new RegistrationConflictException("certificate SHA-256 " + taken.get(ACCREDITED_SYSTEM_CERTIFICATE.SHA256)
                    + " is already registered for system " + taken.get(ACCREDITED_SYSTEM_CERTIFICATE.ASID)
                    + "; a certificate belongs to one system only");
        }
    }

    private static Optional<AccreditedSystem> single(List<? extends Record> rows) {
        List<AccreditedSystem> systems = systems(rows);
        return systems.isEmpty() ? Optional.empty() : Optional.of(systems.get(0));
    }

    /** Rows of (system, one of its certificates or null), grouped by system in the order met. */
    private static List<AccreditedSystem> systems(List<? extends Record> rows) {
        Map<String, Record> systemRows = new LinkedHashMap<>();
        Map<String, Set<CertificateFingerprint>> certificates = new LinkedHashMap<>();
        for (Record row : rows) {
            String asid = row.get(ACCREDITED_SYSTEM.ASID);
            systemRows.putIfAbsent(asid, row);
            Set<CertificateFingerprint> held = certificates.computeIfAbsent(asid, key -> new LinkedHashSet<>());
            String sha256 = row.get(ALL_CERTIFICATES.SHA256);
            if (sha256 != null) {
                held.add(new CertificateFingerprint(sha256));
            }
        }
        List<AccreditedSystem> systems = new ArrayList<>(systemRows.size());
        systemRows.forEach((asid, row) -> systems.add(new AccreditedSystem(new Asid(asid), row.get(ACCREDITED_SYSTEM.NAME),
                new OdsCode(row.get(ACCREDITED_SYSTEM.ODS_CODE)), certificates.get(asid),
                row.get(ACCREDITED_SYSTEM.ENABLED), row.get(ACCREDITED_SYSTEM.DEVICE_QUERIES_ALLOWED))));
        return systems;
    }
}
