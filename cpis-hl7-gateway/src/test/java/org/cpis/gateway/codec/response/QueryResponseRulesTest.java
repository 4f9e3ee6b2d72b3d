package org.cpis.gateway.codec.response;

import org.cpis.gateway.codec.GoldenFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each business rule of the query response decoder refuses a golden file broken in that one way. */
class QueryResponseRulesTest {

    private static final String ONE = "query-response/one-la-one-plan.wire.xml";
    private static final String SEVERAL = "query-response/several-las-midwife.wire.xml";
    private static final String RESPONSE = "/REPC_IN000007GB01/ControlActEvent/subject/CP-ISNHSQueryResponse";
    private static final String RECORD = RESPONSE + "/pertinentInformation14/pertinentCP-ISRecordControlAct/record";

    private final QueryResponseCodec codec = new QueryResponseCodec();

    private static String broken(String golden, String from, String to) {
        String text = GoldenFiles.text(golden);
        assertThat(text).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** Decoding fails with this code first, its message containing {@code words}, at {@code path}. */
    private Problem refused(String wire, String code, String path, String... words) {
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(wire.getBytes(StandardCharsets.UTF_8)));
        Problem p = e.problems().get(0);
        assertThat(p.code()).as(e.getMessage()).isEqualTo(code);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.message()).contains(words);
        return p;
    }

    @Test
    @DisplayName("CPIS-C024: TRAR must equal the number of previous accesses carried")
    void accessTotal() {
        refused(broken(ONE, "<value value=\"1\"/>\n          </pertinentTotalReturnedAccessRecords>",
                        "<value value=\"2\"/></pertinentTotalReturnedAccessRecords>"), "CPIS-C024",
                RESPONSE + "/pertinentInformation11/pertinentTotalReturnedAccessRecords/value", "TRAR", "is 2", "carries 1");
    }

    @Test
    @DisplayName("CPIS-C024: TRCR must equal the number of records carried")
    void recordTotal() {
        refused(broken(SEVERAL, "<value value=\"2\"/>\n          </pertinentTotalReturnedChildRecords>",
                        "<value value=\"1\"/></pertinentTotalReturnedChildRecords>"), "CPIS-C024",
                RESPONSE + "/pertinentInformation12/pertinentTotalReturnedChildRecords/value", "TRCR", "is 1", "carries 2 records");
    }

    @Test
    @DisplayName("CPIS-C016: a plan's contentId must name the template that follows it")
    void planContentId() {
        refused(broken(ONE, "extension=\"COCT_TP146105GB01#CPPInformation\"", "extension=\"COCT_TP146103GB01#LACInformation\""),
                "CPIS-C016", RECORD + "/CP-ISRecord/pertinentInformation15/contentId",
                "COCT_TP146103GB01#LACInformation", "COCT_TP146105GB01.CPPInformation");
    }

    @Test
    @DisplayName("CPIS-C016: a subject's contentId must name the template that follows it")
    void subjectContentId() {
        refused(broken(ONE, "extension=\"COCT_TP145101GB01#Child\"", "extension=\"COCT_TP145100GB01#UnbornChild\""),
                "CPIS-C016", RECORD + "/CP-ISRecord/subject/contentId", "COCT_TP145101GB01.Child");
    }

    @Test
    @DisplayName("CPIS-C016: an access author's contentId must name the author template that follows it")
    void authorContentId() {
        refused(broken(ONE, "extension=\"COCT_TP145102GB01#AssignedAuthor\"", "extension=\"COCT_TP145104GB01#System\""),
                "CPIS-C016", RESPONSE + "/pertinentInformation13/pertinentCP-ISNHSQuery/author/contentId",
                "COCT_TP145102GB01.AssignedAuthor");
    }

    @Test
    @DisplayName("CPIS-C010: a previous access's NHS number must pass Modulus 11")
    void accessNhsNumber() {
        refused(broken(ONE, "<value extension=\"9990000018\"/>", "<value extension=\"9990000019\"/>"), "CPIS-C010",
                RESPONSE + "/pertinentInformation13/pertinentCP-ISNHSQuery/queryByParameter/person.NHSnumber/value",
                "'9990000019'", "Modulus 11");
    }

    @Test
    @DisplayName("CPIS-C010: a subject's NHS number must be 10 digits")
    void subjectNhsNumber() {
        refused(broken(ONE, "<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000018\"/>",
                        "<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"999000001\"/>"), "CPIS-C010",
                RECORD + "/CP-ISRecord/subject/COCT_TP145101GB01.Child", "'999000001'", "10 digits");
    }

    @Test
    @DisplayName("CPIS-C010: a response that names no NHS number at all is refused")
    void noNhsNumber() {
        String wire = broken(ONE, "<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000018\"/>",
                "<id root=\"2.16.840.1.113883.2.1.3.2.4.18.24\" extension=\"WS-4711\"/>");
        wire = wire.substring(0, wire.indexOf("<pertinentInformation13>"))
                + wire.substring(wire.indexOf("</pertinentInformation13>") + "</pertinentInformation13>".length());
        wire = wire.replaceFirst("<value value=\"1\"/>", "<value value=\"0\"/>");
        refused(wire, "CPIS-C010", RESPONSE, "no subject and no previous access");
    }

    @Test
    @DisplayName("CPIS-C028: every NHS number of a response is the same child's")
    void oneChild() {
        refused(broken(SEVERAL, "<playedMother>\n                        <id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>",
                        "<playedMother><id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000042\"/>"), "CPIS-C028",
                RECORD + "[2]/CP-ISRecord/subject/COCT_TP145100GB01.UnbornChild", "9990000042 beside 9990000026");
    }

    @Test
    @DisplayName("CPIS-C011: the response time must be a real time")
    void responseTime() {
        refused(broken(ONE, "<effectiveTime value=\"20240312101502+0000\"/>", "<effectiveTime value=\"20240230101502+0000\"/>"),
                "CPIS-C011", RESPONSE + "/effectiveTime", "'20240230101502+0000'");
    }

    @Test
    @DisplayName("CPIS-C011: an access time must be a real time")
    void accessTime() {
        refused(broken(ONE, "<effectiveTime value=\"20240312101501+0000\"/>", "<effectiveTime value=\"20240312251501+0000\"/>"),
                "CPIS-C011", RESPONSE + "/pertinentInformation13/pertinentCP-ISNHSQuery/effectiveTime", "'20240312251501+0000'");
    }

    @Test
    @DisplayName("CPIS-C011: the transmission wrapper's creationTime must be a real time")
    void creationTime() {
        refused(broken(ONE, "<creationTime value=\"20240312101502+0000\"/>", "<creationTime value=\"20240431101502+0000\"/>"),
                "CPIS-C011", "/REPC_IN000007GB01/creationTime", "'20240431101502+0000'");
    }

    @Test
    @DisplayName("CPIS-C011: a plan date must be a real date")
    void planDate() {
        refused(broken(ONE, "<value value=\"202311060930\"/>", "<value value=\"202302300930\"/>"), "CPIS-C011",
                RECORD + "/CP-ISRecord/pertinentInformation15/COCT_TP146105GB01.CPPInformation/component", "'202302300930'");
    }

    @Test
    @DisplayName("CPIS-C012: a plan must not start after it ends")
    void planDates() {
        refused(broken(SEVERAL, "<value value=\"202309301200\"/>", "<value value=\"202204301200\"/>"), "CPIS-C012",
                RECORD + "/CP-ISRecord/pertinentInformation15[2]/COCT_TP146103GB01.LACInformation",
                "LAC starts 202205030000, ends 202204301200");
    }

    @Test
    @DisplayName("CP-IS011: a UCPP without its end date (due date) is refused by the schema (COCT_TP146104GB01 component1)")
    void ucppEndDate() {
        String wire = broken(SEVERAL, "<component1>\n                      <uCPEndDate>\n                        <value value=\"202408310000\"/>\n"
                + "                      </uCPEndDate>\n                    </component1>", "");
        Problem p = refused(wire, "CPIS-C003", RECORD + "[2]/CP-ISRecord/pertinentInformation15/COCT_TP146104GB01.UCPInformation",
                "component1");
        assertThat(p.line()).isPositive();
    }

    @Test
    @DisplayName("CPIS-C022: one plan of each type per record")
    void duplicatePlan() {
        String plan = GoldenFiles.text(ONE).substring(GoldenFiles.text(ONE).indexOf("<pertinentInformation15>"),
                GoldenFiles.text(ONE).indexOf("</pertinentInformation15>") + "</pertinentInformation15>".length());
        refused(broken(ONE, plan, plan + plan), "CPIS-C022", RECORD + "/CP-ISRecord/pertinentInformation15[2]", "second CPP");
    }

    @Test
    @DisplayName("CPIS-C023: an unborn child subject needs a UCPP in its record")
    void unbornWithoutUcpp() {
        refused(broken(ONE, "<npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145101GB01#Child\"/>\n"
                        + "                  <COCT_TP145101GB01.Child>\n"
                        + "                    <id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000018\"/>\n"
                        + "                  </COCT_TP145101GB01.Child>",
                        "<npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145100GB01#UnbornChild\"/>"
                                + "<COCT_TP145100GB01.UnbornChild><parentMotherPerson><playedMother>"
                                + "<id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000018\"/>"
                                + "</playedMother></parentMotherPerson></COCT_TP145100GB01.UnbornChild>"),
                "CPIS-C023", RECORD + "/CP-ISRecord/subject", "without an unborn child protection plan");
    }

    @Test
    @DisplayName("CPIS-C023: a UCPP's record has the unborn child (the mother) as subject")
    void ucppWithoutUnbornSubject() {
        refused(broken(SEVERAL, "<npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145100GB01#UnbornChild\"/>\n"
                        + "                  <COCT_TP145100GB01.UnbornChild>\n"
                        + "                    <parentMotherPerson>\n"
                        + "                      <playedMother>\n"
                        + "                        <id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>\n"
                        + "                      </playedMother>\n"
                        + "                    </parentMotherPerson>\n"
                        + "                  </COCT_TP145100GB01.UnbornChild>",
                        "<npfitlc:contentId root=\"2.16.840.1.113883.2.1.3.2.4.18.16\" extension=\"COCT_TP145101GB01#Child\"/>"
                                + "<COCT_TP145101GB01.Child><id root=\"2.16.840.1.113883.2.1.4.1\" extension=\"9990000026\"/>"
                                + "</COCT_TP145101GB01.Child>"),
                "CPIS-C023", RECORD + "[2]/CP-ISRecord/pertinentInformation15", "not the unborn child");
    }

    @Test
    @DisplayName("CPIS-C027: each Local Authority gives its emergency duty (EC) number")
    void emergencyDutyPhone() {
        refused(broken(ONE, "<telecom value=\"tel:01632960999\" use=\"EC\"/>", ""), "CPIS-C027",
                RECORD + "/communicationFunctionSnd/organisation/telecom", "no telecom with use EC");
    }

    @Test
    @DisplayName("CPIS-C021: a Local Authority's telephone number is 3 to 20 digits")
    void telephone() {
        refused(broken(ONE, "tel:01632960123", "tel:01"), "CPIS-C021",
                RECORD + "/communicationFunctionSnd/organisation/telecom", "'tel:01'");
    }

    @Test
    @DisplayName("CPIS-C020: a Local Authority's ODS code is 3 to 9 upper-case letters or digits")
    void odsCode() {
        refused(broken(ONE, "extension=\"X09\"", "extension=\"x09\""), "CPIS-C020",
                RECORD + "/communicationFunctionSnd/organisation/id", "'x09'");
    }

    @Test
    @DisplayName("CPIS-C021: an access author's SDS user id is required")
    void authorUserId() {
        refused(broken(ONE, "<id root=\"1.2.826.0.1285.0.2.0.65\" extension=\"555123456789\"/>", "<id nullFlavor=\"NI\"/>"),
                "CPIS-C021", RESPONSE + "/pertinentInformation13/pertinentCP-ISNHSQuery/author/COCT_TP145102GB01.AssignedAuthor/id",
                "SDS user id");
    }

    @Test
    @DisplayName("CPIS-C021: an access author's organisation has a valid ODS code")
    void authorOrganisation() {
        refused(broken(ONE, "extension=\"RX1\"", "extension=\"rx-1\""), "CPIS-C021",
                RESPONSE + "/pertinentInformation13/pertinentCP-ISNHSQuery/author", "CPIS-V004", "'rx-1'");
    }

    @Test
    @DisplayName("CPIS-C021: a query response with records says OK")
    void queryResponseCode() {
        refused(broken(ONE, "<queryResponseCode code=\"OK\"/>", "<queryResponseCode code=\"ID\"/>"), "CPIS-C021",
                "/REPC_IN000007GB01/ControlActEvent/queryAck/queryResponseCode", "'ID'");
    }

    @Test
    @DisplayName("CPIS-C021: a query response without its CP-ISNHSQueryResponse is refused (no records is QUQI_IN010000UK14)")
    void noPayload() {
        String wire = GoldenFiles.text(ONE);
        wire = wire.substring(0, wire.indexOf("<subject typeCode=\"SUBJ\">"))
                + wire.substring(wire.indexOf("</subject>\n    <queryAck") + "</subject>".length());
        refused(wire, "CPIS-C021", "/REPC_IN000007GB01/ControlActEvent", "QUQI_IN010000UK14");
    }

    @Test
    @DisplayName("Every problem is reported, not only the first")
    void everyProblem() {
        String wire = broken(ONE, "extension=\"X09\"", "extension=\"x09\"").replace("tel:01632960123", "tel:01");
        DecodeException e = assertThrows(DecodeException.class, () -> codec.decode(wire.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problems()).extracting(Problem::code).containsExactly("CPIS-C020", "CPIS-C021");
    }
}
