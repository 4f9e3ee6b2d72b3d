package org.cpis.sft.mesh;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code mex-*} headers of a request, read case-insensitively and checked as MESH checks them (MESH-AND-SFT.md
 * 2.5): no control character in any value (CPIS-M010), no URL in {@code mex-To}, {@code mex-WorkflowID} or
 * {@code mex-Content-Checksum} (M010), a checksum of letters, digits, white space and {@code :-/} only (M010), and
 * each value within MESH's length (CPIS-M011). Blank values count as absent.
 */
final class MexHeaders {

    static final String FROM = "mex-From";
    static final String TO = "mex-To";
    static final String WORKFLOW_ID = "mex-WorkflowID";
    static final String CHUNK_RANGE = "mex-Chunk-Range";
    static final String SUBJECT = "mex-Subject";
    static final String LOCAL_ID = "mex-LocalID";
    static final String FILE_NAME = "mex-FileName";
    static final String PARTNER_ID = "mex-PartnerID";
    static final String CHECKSUM = "mex-Content-Checksum";
    static final String CLIENT_VERSION = "mex-ClientVersion";

    private static final Map<String, Integer> MAX_LENGTH = lengths();
    private static final int DEFAULT_MAX_LENGTH = 1000;
    private static final Pattern CHECKSUM_SHAPE = Pattern.compile("[A-Za-z0-9\\s:/-]*");

    private final Map<String, String> values;

    private MexHeaders(Map<String, String> values) {
        this.values = values;
    }

    private static Map<String, Integer> lengths() {
        Map<String, Integer> max = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        max.put(TO, 100);
        max.put(FROM, 100);
        max.put(WORKFLOW_ID, 300);
        max.put(CHUNK_RANGE, 20);
        max.put(SUBJECT, 500);
        max.put(LOCAL_ID, 300);
        max.put(FILE_NAME, 300);
        max.put(PARTNER_ID, 500);
        max.put(CHECKSUM, 100);
        return max;
    }

    /** Reads and checks every {@code mex-*} header of a request. */
    static MexHeaders of(MultivaluedMap<String, String> requestHeaders) {
        Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : requestHeaders.entrySet()) {
            String name = header.getKey();
            if (name == null || !name.toLowerCase(Locale.ROOT).startsWith("mex-")) {
                continue;
            }
            String value = String.join(",", header.getValue());
            check(name, value);
            if (!value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        return new MexHeaders(values);
    }

    private static void check(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new MeshFailure(MeshProblem.MALFORMED_HEADER, "header " + name + " holds a control character"
                        + " (code " + (int) c + ") at position " + (i + 1) + "; remove it");
            }
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        boolean addressLike = name.equalsIgnoreCase(TO) || name.equalsIgnoreCase(WORKFLOW_ID)
                || name.equalsIgnoreCase(CHECKSUM);
        if (addressLike && (lower.startsWith("http://") || lower.startsWith("https://"))) {
            throw new MeshFailure(MeshProblem.MALFORMED_HEADER, "header " + name + " must not be a URL");
        }
        if (name.equalsIgnoreCase(CHECKSUM) && !CHECKSUM_SHAPE.matcher(value).matches()) {
            throw new MeshFailure(MeshProblem.MALFORMED_HEADER, "header " + name + " may hold only letters, digits,"
                    + " white space and ':', '-', '/'");
        }
        int max = MAX_LENGTH.getOrDefault(name, DEFAULT_MAX_LENGTH);
        if (value.length() > max) {
            throw new MeshFailure(MeshProblem.HEADER_TOO_LONG, "header " + name + " is " + value.length()
                    + " characters long; MESH takes at most " + max);
        }
    }

    /** The header's value, stripped, or {@code null} when absent or blank. */
    String get(String name) {
        return values.get(name);
    }
}
