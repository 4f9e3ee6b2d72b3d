package org.cpis.gateway.codec.upload;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Writes a large LA Upload file straight to disk, record by record (the test of streaming must not build it in
 * memory either): alternating born children with a CPP and unborn children with a UCPP. Records at
 * the given positions are spoiled: {@code schemaErrorAt} get an element the schema does not allow,
 * {@code badDateAt} get a 30th of February as plan start date.
 */
final class LargeUpload {

    private LargeUpload() {
    }

    static void write(Path file, int records, Set<Integer> schemaErrorAt, Set<Integer> badDateAt) {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<File xmlns=\"urn:hl7-org:v3\" xmlns:npfitlc=\"NPFIT:HL7:Localisation\">\n"
                    + "<creationTime value=\"20240312180000+0000\"/><id extension=\"7\"/>"
                    + "<transmissionQuantity value=\"" + records + "\"/>\n"
                    + "<communicationFunctionSnd><organisation><id root=\"2.16.840.1.113883.2.1.3.2.4.19.1\" extension=\"X09\"/>"
                    + "<name>WESTSHIRE COUNTY COUNCIL</name><telecom value=\"tel:01632960999\" use=\"EC\"/>"
                    + "<telecom value=\"tel:01632960123\" use=\"WP\"/></organisation></communicationFunctionSnd>\n");
            for (int i = 1; i <= records; i++) {
                String start = badDateAt.contains(i) ? "202402300000" : "2024" + two(1 + i % 12) + two(1 + i % 28) + "0000";
                String nhs = UploadGenerator.nhsNumber(i);
                String extra = schemaErrorAt.contains(i) ? "<code code=\"01\"/>" : "";
                out.write(i % 2 == 0 ? child(nhs, i, start, extra) : unborn(nhs, i, start, extra));
            }
            out.write("</File>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String child(String nhs, int i, String start, String extra) {
        return "<record><CP-ISRecord>" + extra
                + "<pertinentInformation><npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP146101GB01#CPPInformation\"/>"
                + "<COCT_TP146101GB01.CPPInformation><component><cPPStartDate><value value=\"" + start + "\"/></cPPStartDate></component>"
                + "</COCT_TP146101GB01.CPPInformation></pertinentInformation>"
                + "<subject><npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145101GB01#Child\"/>"
                + "<COCT_TP145101GB01.Child><id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"" + nhs + "\"/>"
                + "<id root=\"2.16.840.1.113883.2.1.3.2.4.18.24\" extension=\"C" + i + "\"/>"
                + "<childPerson><birthTime value=\"20150412\"/><name><given>Child</given><family>Number" + i + "</family></name>"
                + "</childPerson></COCT_TP145101GB01.Child></subject></CP-ISRecord></record>\n";
    }

    private static String unborn(String nhs, int i, String start, String extra) {
        return "<record><CP-ISRecord>" + extra
                + "<pertinentInformation><npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP146102GB01#UCPInformation\"/>"
                + "<COCT_TP146102GB01.UCPInformation><component><uCPStartDate><value value=\"" + start + "\"/></uCPStartDate></component>"
                + "<component1><uCPEndDate><value value=\"202412310000\"/></uCPEndDate></component1>"
                + "</COCT_TP146102GB01.UCPInformation></pertinentInformation>"
                + "<subject><npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145100GB01#UnbornChild\"/>"
                + "<COCT_TP145100GB01.UnbornChild><parentMotherPerson><birthTime value=\"19990101\"/>"
                + "<name><given>Mother</given><family>Number" + i + "</family></name>"
                + "<playedMother><id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"" + nhs + "\"/></playedMother>"
                + "</parentMotherPerson></COCT_TP145100GB01.UnbornChild></subject></CP-ISRecord></record>\n";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
