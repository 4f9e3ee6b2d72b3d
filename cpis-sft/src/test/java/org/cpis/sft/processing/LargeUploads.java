package org.cpis.sft.processing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.PersonName;
import org.cpis.core.port.Demographics;
import org.cpis.core.port.DemographicsRecord;

/**
 * A large LA Upload written straight to disk, record by record, and the PDS that knows its people without holding
 * them: record {@code n} is a child with a CPP whose NHS number is the {@code n}-th valid number of the form
 * {@code 999 c(6 digits) check}; PDS derives the person from {@code c} (born 2015-04-12, "Child Number<c>") and
 * knows nobody whose {@code c} ends in 7, so about one record in ten is refused (CPR01).
 */
final class LargeUploads {

    static final LocalDate BIRTH = LocalDate.of(2015, 4, 12);

    private LargeUploads() {
    }

    static void write(Path file, String ods, String sequenceId, int records) {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<File xmlns=\"urn:hl7-org:v3\" xmlns:npfitlc=\"NPFIT:HL7:Localisation\">\n"
                    + "<creationTime value=\"20260310180000+0000\"/><id extension=\"" + sequenceId + "\"/>"
                    + "<transmissionQuantity value=\"" + records + "\"/>\n"
                    + "<communicationFunctionSnd><organisation><id root=\"2.16.840.1.113883.2.1.3.2.4.19.1\" extension=\""
                    + ods + "\"/><name>WESTSHIRE COUNTY COUNCIL</name><telecom value=\"tel:01632960999\" use=\"EC\"/>"
                    + "<telecom value=\"tel:01632960123\" use=\"WP\"/></organisation></communicationFunctionSnd>\n");
            int c = 0;
            for (int i = 1; i <= records; i++) {
                String nhs;
                do {
                    nhs = number(++c);
                } while (nhs == null);
                out.write(child(nhs, c, "2025" + two(1 + i % 12) + two(1 + i % 28) + "0000"));
            }
            out.write("</File>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The NHS number 999 c check, or null when c has no valid check digit. */
    static String number(int c) {
        String base = "999" + String.format("%06d", c);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (base.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check == 10 ? null : base + check;
    }

    private static String child(String nhs, int c, String start) {
        return "<record><CP-ISRecord>"
                + "<pertinentInformation><npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP146101GB01#CPPInformation\"/>"
                + "<COCT_TP146101GB01.CPPInformation><component><cPPStartDate><value value=\"" + start + "\"/></cPPStartDate></component>"
                + "</COCT_TP146101GB01.CPPInformation></pertinentInformation>"
                + "<subject><npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145101GB01#Child\"/>"
                + "<COCT_TP145101GB01.Child><id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"" + nhs + "\"/>"
                + "<id root=\"2.16.840.1.113883.2.1.3.2.4.18.24\" extension=\"C" + c + "\"/>"
                + "<childPerson><birthTime value=\"20150412\"/><name><given>Child</given><family>Number" + c + "</family></name>"
                + "</childPerson></COCT_TP145101GB01.Child></subject></CP-ISRecord></record>\n";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** PDS for the people of {@link #write}: derived from the number, nothing held. */
    static final class DerivedDemographics implements Demographics {

        @Override
        public Optional<DemographicsRecord> lookup(NhsNumber nhsNumber) {
            int c = Integer.parseInt(nhsNumber.value().substring(3, 9));
            if (!nhsNumber.value().startsWith("999") || c % 10 == 7) {
                return Optional.empty();
            }
            return Optional.of(new DemographicsRecord(nhsNumber, BIRTH, List.of(new PersonName("Child", "Number" + c)),
                    false, false, null, null));
        }

        @Override
        public Map<NhsNumber, DemographicsRecord> lookupAll(Collection<NhsNumber> nhsNumbers) {
            Map<NhsNumber, DemographicsRecord> out = new HashMap<>();
            nhsNumbers.forEach(n -> lookup(n).ifPresent(p -> out.put(n, p)));
            return out;
        }
    }
}
