package org.cpis.gateway.codec;

/**
 * The few XPath string rules the decoding stylesheets apply, for the decoders that read the validated events
 * straight into fields: {@code normalize-space}, the value of an element the stylesheet may leave empty, and
 * {@code xsl:value-of} over several attributes (joined by one space).
 */
public final class WireText {

    private WireText() {
    }

    /** XPath {@code normalize-space}: XML white space trimmed, and inside collapsed to one space. */
    public static String normalizeSpace(CharSequence text) {
        int length = text.length();
        StringBuilder out = null;
        boolean space = false;
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = kept > 0;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length - i);
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
            kept++;
        }
        return out == null ? "" : out.toString();
    }

    /** The value an internal XML element gives its reader: {@code null} when absent or empty. */
    public static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * {@code xsl:value-of} over one more attribute: the values so far and this one, one space between; an absent
     * attribute ({@code null}) adds nothing.
     */
    public static String join(String sofar, String value) {
        if (value == null) {
            return sofar;
        }
        return sofar == null ? value : sofar + " " + value;
    }

    /** A value the internal XML always has (the stylesheet writes it): {@link IllegalStateException} when not. */
    public static String required(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("internal XML has no " + what);
        }
        return value;
    }
}
