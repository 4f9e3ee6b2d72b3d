package org.cpis.server.bench;

/** What counts as a good answer for each kind of target. */
public final class AnswerChecks {

    private AnswerChecks() {
    }

    /**
     * The NHS Query endpoint: HTTP 200, a Query Response ({@code REPC_IN000007GB01}: the record was found, so an
     * access event was stored), and the request's MessageID echoed (wsa:RelatesTo).
     */
    public static AnswerCheck foundRecord() {
        return (request, status, body) -> {
            if (status != 200) {
                return "HTTP " + status + firstCode(body);
            }
            if (!body.contains(QueryRequestTemplate.FOUND_INTERACTION)) {
                return body.contains("QUQI_IN010000UK14") ? "NHS Number Not Found (no record for the child queried)"
                        : body.contains("MCCI_IN010000UK13") ? "refused or broken rule (MCCI_IN010000UK13)" + firstCode(body)
                        : "no " + QueryRequestTemplate.FOUND_INTERACTION + " in the answer";
            }
            if (!body.contains(request.addressingId())) {
                return "wsa:RelatesTo does not echo the request's MessageID";
            }
            return null;
        };
    }

    /** The echo endpoint: HTTP 200 and the canned Query Response. */
    public static AnswerCheck cannedAnswer() {
        return (request, status, body) -> {
            if (status != 200) {
                return "HTTP " + status;
            }
            return body.contains(QueryRequestTemplate.FOUND_INTERACTION) ? null
                    : "no " + QueryRequestTemplate.FOUND_INTERACTION + " in the answer";
        };
    }

    /** The first CP-IS code (CPIS-...) in an answer, e.g. " CPIS-A006", or nothing. */
    private static String firstCode(String body) {
        int at = body.indexOf("CPIS-");
        if (at < 0) {
            return "";
        }
        int end = at + 5;
        while (end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
            end++;
        }
        return " " + body.substring(at, end);
    }
}
