package org.cpis.sft.la.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One child of the case-management export with the CP-IS data items the LA holds about them. Anything else the
 * export carries (address, assessments, ...) is not read, so that a change to it sends nothing (CP-SC009).
 *
 * @param localId       the LA's own child id: the key by which the client remembers what it sent
 * @param where         where the child is in the export, e.g. "lines 4-5", for messages
 * @param nhsNumber     the child's NHS number as exported (may be missing or wrong: the checks say)
 * @param birthDate     the child's date of birth; {@code null} for an unborn child
 * @param dueDate       the expected due date of an unborn child, or {@code null}
 * @param mother        the mother's details (needed for an unborn child, CP-SC012)
 * @param caseClosed    the date the child's case was closed, or {@code null} (CP-SC018)
 * @param responsibleLa the ODS code of the LA responsible for the child when it is not this LA, or {@code null}
 */
public record ExportedChild(String localId, String where, String nhsNumber, String givenName, String familyName,
                            LocalDate birthDate, LocalDate dueDate, ExportedPerson mother, LocalDate caseClosed,
                            String responsibleLa, List<ExportedPlan> plans) {

    public ExportedChild {
        Objects.requireNonNull(localId, "localId");
        mother = mother == null ? ExportedPerson.NONE : mother;
        plans = List.copyOf(plans);
    }
}
