package org.cpis.sft.mesh;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which MESH API response version a caller asked for with its {@code Accept} header (MESH-AND-SFT.md 2.1): absent,
 * {@code application/json} or {@code application/vnd.mesh.v1+json} mean version 1; {@code
 * application/vnd.mesh.v2+json} means version 2 (higher versions are answered as 2, the highest we speak). A {@code
 * vnd.mesh} value of any other form is refused (CPIS-M009).
 */
public enum MeshVersion {
    V1("application/json"),
    V2("application/vnd.mesh.v2+json");

    private static final String MESH_PREFIX = "application/vnd.mesh.";
    private static final Pattern MESH_TYPE = Pattern.compile("application/vnd\\.mesh\\.v([0-9]{1,3})\\+json");

    private final String mediaType;

    MeshVersion(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type of JSON bodies answered in this version. */
    public String mediaType() {
        return mediaType;
    }

    public static MeshVersion of(String accept) {
        if (accept == null || accept.isBlank()) {
            return V1;
        }
        int highest = 1;
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!type.startsWith(MESH_PREFIX)) {
                continue;
            }
            Matcher m = MESH_TYPE.matcher(type);
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
                throw new MeshFailure(MeshProblem.BAD_ACCEPT, "'" + type + "' is not of the form"
                        + " application/vnd.mesh.v<N>+json; send application/vnd.mesh.v2+json or application/json");
            }
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest >= 2 ? V2 : V1;
    }
}
