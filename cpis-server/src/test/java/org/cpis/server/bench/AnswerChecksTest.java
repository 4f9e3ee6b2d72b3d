package org.cpis.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerChecksTest {

    private static final BenchRequest REQUEST = new BenchRequest("<SOAP-ENV:Envelope/>", "uuid:0F8FAD5B-D9CB-469F-A165-70867728950E");
    private static final String FOUND = "<s:Envelope><s:Header><wsa:RelatesTo>uuid:0F8FAD5B-D9CB-469F-A165-70867728950E"
            + "</wsa:RelatesTo></s:Header><s:Body><CP-ISNHSQueryResponse><REPC_IN000007GB01/></CP-ISNHSQueryResponse>"
            + "</s:Body></s:Envelope>";

    @Test
    @DisplayName("CP-IS044: the endpoint's good answer is a Query Response relating to this request")
    void foundRecord() {
        AnswerCheck check = AnswerChecks.foundRecord();

        assertThat(check.problem(REQUEST, 200, FOUND)).isNull();
        assertThat(check.problem(REQUEST, 500, "<faultstring>CPIS-S003 unreadable</faultstring>"))
                .isEqualTo("HTTP 500 CPIS-S003");
        assertThat(check.problem(REQUEST, 200, "<QUQI_IN010000UK14/>"))
                .isEqualTo("NHS Number Not Found (no record for the child queried)");
        assertThat(check.problem(REQUEST, 200, "<MCCI_IN010000UK13>GE002 CPIS-A006 Access denied</MCCI_IN010000UK13>"))
                .isEqualTo("refused or broken rule (MCCI_IN010000UK13) CPIS-A006");
        assertThat(check.problem(REQUEST, 200, FOUND.replace("0F8FAD5B", "11111111")))
                .isEqualTo("wsa:RelatesTo does not echo the request's MessageID");
    }

    @Test
    @DisplayName("The echo's good answer is the canned Query Response")
    void cannedAnswer() {
        AnswerCheck check = AnswerChecks.cannedAnswer();

        assertThat(check.problem(REQUEST, 200, FOUND)).isNull();
        assertThat(check.problem(REQUEST, 200, "<s:Envelope/>")).isEqualTo("no REPC_IN000007GB01 in the answer");
        assertThat(check.problem(REQUEST, 503, FOUND)).isEqualTo("HTTP 503");
    }
}
