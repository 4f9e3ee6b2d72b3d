package org.cpis.server.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cpis.core.model.Asid;
import org.cpis.core.model.JobRoleCode;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.Organisation;
import org.cpis.core.model.QueryAuthor;
import org.cpis.core.model.WorkerName;
import org.cpis.core.query.NhsQuery;
import org.cpis.gateway.codec.ControlAct;
import org.cpis.gateway.codec.Hl7Time;
import org.cpis.gateway.codec.TransmissionHeader;
import org.cpis.gateway.codec.query.NhsQueryMessage;
import org.cpis.gateway.codec.query.NhsQueryCodec;

/**
 * The NHS Query requests of the load benchmark: a QUPC_IN000006GB01 interaction written once by the real codec
 * ({@link NhsQueryCodec}) in a SOAP 1.1 envelope with Spine's WS-Addressing 2004/08 and communicationFunction header
 * blocks (as {@code docs/samples/nhs-query.xml}), then cut where the per-request values go: the message id (also
 * the wsa:MessageID), the query id, the two times, the NHS number, and the author's SDS user and role profile ids.
 * {@link #render} fills those in with plain string concatenation, so that the load generator spends its share of
 * the machine's CPU on sending, not on writing XML; every rendered request is what the codec would have written.
 */
public final class QueryRequestTemplate {

    /** The SOAPAction and wsa:Action of an NHS Query. */
    public static final String ACTION = "urn:nhs:names:services:cpisquery/QUPC_IN000006GB01";

    /** Spine's ASID for the CP-IS service, which the requests address. */
    public static final String CPIS_ASID = "928942012545";

    /** The interaction a found record is answered with. */
    public static final String FOUND_INTERACTION = "REPC_IN000007GB01";

    private static final String ASID_ROOT = "1.2.826.0.1285.0.2.0.107";

    /** Where each per-request value goes; each placeholder is a valid value no real request text contains. */
    private enum Slot {
        MESSAGE_ID("AAAAAAAA-AAAA-4AAA-AAAA-AAAAAAAAAAAA"),
        QUERY_ID("BBBBBBBB-BBBB-4BBB-BBBB-BBBBBBBBBBBB"),
        TIME(Hl7Time.format(Instant.parse("2001-02-03T04:05:06Z"))),
        NHS_NUMBER("9999999999"),
        USER_ID("777777777777"),
        ROLE_PROFILE_ID("888888888888");

        final String placeholder;

        Slot(String placeholder) {
            this.placeholder = placeholder;
        }
    }

    private final List<String> literals;
    private final List<Slot> slots;
    private final int length;

    private QueryRequestTemplate(List<String> literals, List<Slot> slots) {
        this.literals = List.copyOf(literals);
        this.slots = List.copyOf(slots);
        this.length = literals.stream().mapToInt(String::length).sum() + 256;
    }

    /**
     * The template of the requests one accredited system sends for users of one job role.
     *
     * @param senderAsid   the ASID the client certificate is registered for (communicationFunctionSnd, author1)
     * @param organisation the NHS organisation the users work for
     * @param jobRole      the users' job role, e.g. {@code S0030:G0100:R0570} (a nurse)
     * @param to           the address the requests are sent to (wsa:To)
     */
    public static QueryRequestTemplate of(Asid senderAsid, Organisation organisation, JobRoleCode jobRole, String to) {
        Objects.requireNonNull(senderAsid, "senderAsid");
        Objects.requireNonNull(to, "to");
        QueryAuthor.Person author = new QueryAuthor.Person(Slot.USER_ID.placeholder, Slot.ROLE_PROFILE_ID.placeholder,
                jobRole, "Bench worker", WorkerName.of("Bench", "Worker"), organisation);
        Instant time = Instant.parse("2001-02-03T04:05:06Z");
        NhsQueryMessage message = new NhsQueryMessage(
                TransmissionHeader.live(UUID.fromString(Slot.MESSAGE_ID.placeholder), time, NhsQueryMessage.INTERACTION,
                        List.of(CPIS_ASID), senderAsid.value()),
                new ControlAct(List.of(senderAsid.value()), new ControlAct.SdsPerson(Slot.ROLE_PROFILE_ID.placeholder,
                        Slot.USER_ID.placeholder, jobRole.value())),
                new NhsQuery(UUID.fromString(Slot.QUERY_ID.placeholder), NhsNumber.of(Slot.NHS_NUMBER.placeholder), time,
                        author, true));
        String interaction = new String(new NhsQueryCodec().encode(message), StandardCharsets.UTF_8)
                .replaceFirst("^\\s*<\\?xml[^>]*\\?>\\s*", "");
        return cut(envelope(senderAsid.value(), to, interaction));
    }

    /**
     * One request: a new message id and query id, the time now, this child and this user.
     *
     * @param messageId also the request's wsa:MessageID ({@code uuid:} and the id in capitals), which the answer's
     *                  wsa:RelatesTo echoes
     */
    public String render(UUID messageId, UUID queryId, Instant now, NhsNumber child, BenchUser user) {
        Map<Slot, String> values = new EnumMap<>(Slot.class);
        values.put(Slot.MESSAGE_ID, wireId(messageId));
        values.put(Slot.QUERY_ID, wireId(queryId));
        values.put(Slot.TIME, Hl7Time.format(now));
        values.put(Slot.NHS_NUMBER, child.value());
        values.put(Slot.USER_ID, user.userId());
        values.put(Slot.ROLE_PROFILE_ID, user.roleProfileId());
        StringBuilder request = new StringBuilder(length);
        for (int i = 0; i < slots.size(); i++) {
            request.append(literals.get(i)).append(values.get(slots.get(i)));
        }
        return request.append(literals.get(slots.size())).toString();
    }

    /** The wsa:MessageID of a request with this message id, as the answer's wsa:RelatesTo carries it. */
    public static String addressingId(UUID messageId) {
        return "uuid:" + wireId(messageId);
    }

    private static String wireId(UUID id) {
        return id.toString().toUpperCase(Locale.ROOT);
    }

    private static QueryRequestTemplate cut(String text) {
        List<String> literals = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        Map<Slot, Integer> seen = new EnumMap<>(Slot.class);
        int from = 0;
        while (true) {
            Slot next = null;
            int at = -1;
            for (Slot slot : Slot.values()) {
                int found = text.indexOf(slot.placeholder, from);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    next = slot;
                }
            }
            if (next == null) {
                literals.add(text.substring(from));
                break;
            }
            literals.add(text.substring(from, at));
            slots.add(next);
            seen.merge(next, 1, Integer::sum);
            from = at + next.placeholder.length();
        }
        for (Slot slot : Slot.values()) {
            if (!seen.containsKey(slot)) {
                throw new IllegalStateException("the NHS Query codec wrote no " + slot + "; the benchmark's request"
                        + " template no longer matches it");
            }
        }
        return new QueryRequestTemplate(literals, slots);
    }

    private static String envelope(String senderAsid, String to, String body) {
        return "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:wsa=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" xmlns:hl7=\"urn:hl7-org:v3\">"
                + "<SOAP-ENV:Header>"
                + "<wsa:MessageID>uuid:" + Slot.MESSAGE_ID.placeholder + "</wsa:MessageID>"
                + "<wsa:Action>" + ACTION + "</wsa:Action>"
                + "<wsa:To>" + xmlText(to) + "</wsa:To>"
                + "<wsa:From><wsa:Address>https://bench.cpis.invalid/client</wsa:Address></wsa:From>"
                + "<hl7:communicationFunctionRcv typeCode=\"RCV\"><hl7:device classCode=\"DEV\" determinerCode=\"INSTANCE\">"
                + "<hl7:id root=\"" + ASID_ROOT + "\" extension=\"" + CPIS_ASID + "\"/></hl7:device></hl7:communicationFunctionRcv>"
                + "<hl7:communicationFunctionSnd typeCode=\"SND\"><hl7:device classCode=\"DEV\" determinerCode=\"INSTANCE\">"
                + "<hl7:id root=\"" + ASID_ROOT + "\" extension=\"" + senderAsid + "\"/></hl7:device></hl7:communicationFunctionSnd>"
                + "<wsa:ReplyTo><wsa:Address>https://bench.cpis.invalid/client</wsa:Address></wsa:ReplyTo>"
                + "</SOAP-ENV:Header>"
                + "<SOAP-ENV:Body>" + body + "</SOAP-ENV:Body></SOAP-ENV:Envelope>";
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
