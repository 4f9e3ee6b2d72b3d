package org.cpis.gateway.codec.xml;

/**
 * The bounds every XML input is read within: total bytes, element nesting depth and attributes per element.
 * CP-IS messages are shallow (depth under 30) and small; an upload file may be large but never deep.
 */
public record XmlLimits(long maxBytes, int maxDepth, int maxAttributes) {

    /** An NHS Query, a response, a notification: 4 MiB is far above any real one. */
    public static final XmlLimits MESSAGE = new XmlLimits(4L * 1024 * 1024, 64, 32);

    /** An LA upload file, read as a stream: large, never deep. */
    public static final XmlLimits UPLOAD_FILE = new XmlLimits(2L * 1024 * 1024 * 1024, 64, 32);

    public XmlLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxAttributes < 1) {
            throw new IllegalArgumentException("XML limits must be positive");
        }
    }
}
