package org.cpis.sft.la.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.cpis.core.model.Plan;
import org.cpis.core.model.SubjectKind;
import org.cpis.core.upload.UploadRecord;
import org.cpis.sft.la.LaCode;

/**
 * The sentence for each check failure, in the words of a social care administrator: it names the child by its local
 * id, says whose detail it is (the child's, or the mother's for an unborn child) and what to fix, e.g. "Mother's NHS
 * number is missing for unborn child 12345". Dates are shown DD/MM/YYYY (CP-SC004).
 */
public final class CheckMessages {

    /** The display format of dates for people (CP-SC004). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CheckMessages() {
    }

    public static String describe(LaCode code, UploadRecord r, String localId) {
        boolean unborn = r.subjectKind() == SubjectKind.UNBORN_CHILD;
        String child = (unborn ? "unborn child " : "child ") + (localId == null ? "(no local id)" : localId);
        String whose = unborn ? "Mother's " : "";
        return switch (code) {
            case NHS_NUMBER_MISSING -> whose + cap(unborn, "NHS number") + " is missing for " + child;
            case NHS_NUMBER_INVALID -> whose + cap(unborn, "NHS number") + " '" + spaced(r.nhsNumber()) + "' of " + child
                    + " is not a valid NHS number (10 digits, the last a Modulus 11 check digit): correct it";
            case BIRTH_DATE_MISSING -> whose + cap(unborn, "date of birth") + " is missing for " + child;
            case GIVEN_NAME_MISSING -> whose + cap(unborn, "given name") + " is missing for " + child;
            case FAMILY_NAME_MISSING -> whose + cap(unborn, "family name") + " is missing for " + child;
            case START_DATE_MISSING -> "The " + plansWithout(r, true) + " of " + child + " has no start date";
            case START_AFTER_END -> startAfterEnd(r, child);
            case DUE_DATE_MISSING -> "Expected due date is missing for " + child
                    + " (it is the end date of the Unborn Child Protection Plan)";
            case NO_PLAN -> cap(false, child) + " has no plan to send";
            case UNBORN_WITH_OTHER_PLAN -> unborn
                    ? "Unborn child " + localId + " has a plan other than an Unborn Child Protection Plan: record the"
                    + " baby's birth (date of birth and NHS number) first"
                    : "An Unborn Child Protection Plan of " + child + " must be sent with the mother's details";
            default -> code.meaning() + " (" + child + ")";
        };
    }

    private static String startAfterEnd(UploadRecord r, String child) {
        for (Plan p : r.plans()) {
            if (p.start() != null && p.end() != null && p.startDate().get().isAfter(p.endDate().get())) {
                return "The " + p.type().displayName() + " of " + child + " starts after it ends (start "
                        + p.startDate().get().format(DATE) + ", end " + p.endDate().get().format(DATE)
                        + "): correct the dates";
            }
        }
        return "A plan of " + child + " starts after it ends: correct the dates";
    }

    private static String plansWithout(UploadRecord r, boolean start) {
        return r.plans().stream().filter(p -> start && p.start() == null).findFirst()
                .map(p -> p.type().displayName()).orElse("plan");
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** An NHS number in the "3 3 4" form people read, when it is ten digits; otherwise as given. */
    public static String spaced(String nhs) {
        if (nhs == null) {
            return "";
        }
        String n = nhs.strip();
        return n.length() == 10 && n.chars().allMatch(Character::isDigit)
                ? n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6) : n;
    }

    private static String cap(boolean lower, String text) {
        return lower ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
