package org.cpis.server.upload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.DemographicsRecord;
import org.cpis.core.upload.RecordDetail;

/**
 * A large LA Upload (REPC_MT000002GB01) written to disk record by record, and the PDS people that go with it. Record
 * {@code p} (from 1) is a child with a Child Protection Plan, "Child Number{@code p}", born 12 April 2015, whose NHS
 * number is the {@code p}-th valid one (Modulus 11) counting up from 999 100 000x; PDS knows:
 * <ul>
 *   <li>{@code p mod 20 = 7}: nobody with the number: refused CPR01 / CPRD19 ({@link Kind#NOT_ON_PDS});</li>
 *   <li>{@code p mod 20 = 13}: the child, born 1 January 2011: nothing of the date of birth matches, refused CPR03 /
 *       CPRD20 ({@link Kind#NOT_VERIFIED});</li>
 *   <li>otherwise the child as sent: stored ({@link Kind#STORED}).</li>
 * </ul>
 * Every NHS number is from the test range 999 000 0000 - 999 999 9999, never issued to a real person.
 */
final class SyntheticUpload {

    /** What becomes of a record. */
    enum Kind {
        STORED(null),
        NOT_ON_PDS(RecordDetail.PDS_NOT_FOUND),
        NOT_VERIFIED(RecordDetail.PDS_NOT_VERIFIED);

        private final RecordDetail detail;

        Kind(RecordDetail detail) {
            this.detail = detail;
        }

        /** The detail the acknowledgement gives a refused record, or null for a stored one. */
        RecordDetail detail() {
            return detail;
        }
    }

    static final LocalDate BIRTH = LocalDate.of(2015, 4, 12);
    private static final LocalDate OTHER_BIRTH = LocalDate.of(2011, 1, 1);
    private static final int FIRST_BODY = 999_100_000;
    private static final String NHS_ROOT = "2.16.840.1.113883.2.1.4.1";
    private static final String LOCAL_ID_ROOT = "2.16.840.1.113883.2.1.3.2.4.18.24";
    private static final String ODS_ROOT = "2.16.840.1.113883.2.1.3.2.4.19.1";
    private static final String CONTENT_ROOT = "2.16.840.1.113883.2.1.3.2.4.18.16";

    private final String ods;
    private final String laName;
    private final String sequenceId;
    private final int[] bodies;

    SyntheticUpload(String ods, String laName, String sequenceId, int records) {
        this.ods = ods;
        this.laName = laName;
        this.sequenceId = sequenceId;
        this.bodies = new int[records];
        int body = FIRST_BODY;
        for (int i = 0; i < records; i++) {
            while (checkDigit(body) > 9) {
                body++;
            }
            bodies[i] = body++;
        }
    }

    int records() {
        return bodies.length;
    }

    String sequenceId() {
        return sequenceId;
    }

    /** The NHS number of record {@code position} (from 1). */
    String nhsNumber(int position) {
        int body = bodies[position - 1];
        return Integer.toString(body) + checkDigit(body);
    }

    static Kind kindOf(int position) {
        return switch (position % 20) {
            case 7 -> Kind.NOT_ON_PDS;
            case 13 -> Kind.NOT_VERIFIED;
            default -> Kind.STORED;
        };
    }

    /** How many records end as {@code kind}. */
    int count(Kind kind) {
        int n = 0;
        for (int p = 1; p <= records(); p++) {
            n += kindOf(p) == kind ? 1 : 0;
        }
        return n;
    }

    /** Writes the file as an LA's system would send it, one record at a time. */
    void write(Path file) throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<File xmlns=\"urn:hl7-org:v3\" xmlns:npfitlc=\"NPFIT:HL7:Localisation\">\n"
                    + "<creationTime value=\"20260310180000+0000\"/>\n"
                    + "<id extension=\"" + sequenceId + "\"/>\n"
                    + "<transmissionQuantity value=\"" + records() + "\"/>\n"
                    + "<communicationFunctionSnd><organisation><id root=\"" + ODS_ROOT + "\" extension=\"" + ods
                    + "\"/><name>" + laName + "</name><telecom value=\"tel:01632960002\" use=\"WP\"/>"
                    + "<telecom value=\"tel:01632960001\" use=\"EC\"/></organisation></communicationFunctionSnd>\n");
            for (int p = 1; p <= records(); p++) {
                out.write(record(p));
            }
            out.write("</File>\n");
        }
    }

    private String record(int p) {
        return "<record><CP-ISRecord><pertinentInformation><npfitlc:contentId root=\"" + CONTENT_ROOT
                + "\" extension=\"COCT_TP146101GB01#CPPInformation\"/><COCT_TP146101GB01.CPPInformation><component>"
                + "<cPPStartDate><value value=\"2025" + two(1 + p % 12) + two(1 + p % 28) + "0900\"/></cPPStartDate>"
                + "</component></COCT_TP146101GB01.CPPInformation></pertinentInformation>"
                + "<subject><npfitlc:contentId root=\"" + CONTENT_ROOT + "\" extension=\"COCT_TP145101GB01#Child\"/>"
                + "<COCT_TP145101GB01.Child><id root=\"" + NHS_ROOT + "\" extension=\"" + nhsNumber(p) + "\"/>"
                + "<id root=\"" + LOCAL_ID_ROOT + "\" extension=\"C" + p + "\" assigningAuthorityName=\"" + ods + ":"
                + laName + "\"/><childPerson><birthTime value=\"20150412\"/><name><given>Child</given><family>Number"
                + p + "</family></name></childPerson></COCT_TP145101GB01.Child></subject></CP-ISRecord></record>\n";
    }

    /** Passes PDS's people for the file on, {@code chunk} at a time (everybody but the NOT_ON_PDS records). */
    void people(int chunk, Consumer<List<DemographicsRecord>> load) {
        List<DemographicsRecord> people = new ArrayList<>(chunk);
        for (int p = 1; p <= records(); p++) {
            Kind kind = kindOf(p);
            if (kind == Kind.NOT_ON_PDS) {
                continue;
            }
            LocalDate birth = kind == Kind.NOT_VERIFIED ? OTHER_BIRTH : BIRTH;
            people.add(new DemographicsRecord(NhsNumber.of(nhsNumber(p)), birth,
                    List.of(new PersonName("Child", "Number" + p)), false, false, null, null));
            if (people.size() == chunk) {
                load.accept(List.copyOf(people));
                people.clear();
            }
        }
        if (!people.isEmpty()) {
            load.accept(List.copyOf(people));
        }
    }

    /** The Modulus 11 check digit of a nine-digit body; 10 means the body has no valid number. */
    private static int checkDigit(int body) {
        String digits = Integer.toString(body);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
