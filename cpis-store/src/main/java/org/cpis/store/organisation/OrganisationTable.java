package org.cpis.store.organisation;

import static org.cpis.store.jooq.Tables.ORGANISATION;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cpis.core.model.OdsCode;
import org.cpis.core.port.OrganisationDirectory;
import org.cpis.store.jooq.tables.records.OrganisationRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** ODS codes to organisation names (CP-IS008), in {@code organisation}. */
public final class OrganisationTable implements OrganisationDirectory {

    private static final int WRITE_CHUNK = 1_000;

    private final DSLContext dsl;

    public OrganisationTable(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Optional<String> nameOf(OdsCode code) {
        return find(code).map(ListedOrganisation::name);
    }

    public Optional<ListedOrganisation> find(OdsCode code) {
        return dsl.selectFrom(ORGANISATION)
                .where(ORGANISATION.ODS_CODE.eq(code.value()))
                .fetchOptional(r -> new ListedOrganisation(new OdsCode(r.getOdsCode()), r.getName(), r.getRole()));
    }

    /** Adds or renames organisations (each code once), in one transaction: either every one is stored or none is. */
    public void putAll(Collection<ListedOrganisation> organisations) {
        List<OrganisationRecord> rows = organisations.stream()
                .map(o -> new OrganisationRecord(o.code().value(), o.name(), o.role()))
                .toList();
        dsl.transaction(transaction -> {
            for (int from = 0; from < rows.size(); from += WRITE_CHUNK) {
                transaction.dsl().insertInto(ORGANISATION).columns(ORGANISATION.fields())
                        .valuesOfRecords(rows.subList(from, Math.min(rows.size(), from + WRITE_CHUNK)))
                        .onConflict(ORGANISATION.ODS_CODE).doUpdate()
                        .set(ORGANISATION.NAME, DSL.excluded(ORGANISATION.NAME))
                        .set(ORGANISATION.ROLE, DSL.excluded(ORGANISATION.ROLE))
                        .execute();
            }
        });
    }
}
