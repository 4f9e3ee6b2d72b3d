package org.cpis.sft.mesh.client;

import java.io.IOException;

/**
 * A MESH server refused a call: its HTTP status and, when the error body says, MESH's error event, error code and
 * description (read from either the version 1 or the version 2 error shape). Network failures are plain {@link
 * IOException}s; this one means the server answered, and repeating the same call will not help.
 */
public final class MeshException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String meshEvent;
    private final String meshCode;
    private final String description;

    public MeshException(String call, int httpStatus, String meshEvent, String meshCode, String description) {
        super("MESH " + call + " refused with HTTP " + httpStatus
                + (meshCode == null ? "" : " (" + (meshEvent == null ? "" : meshEvent + " ") + meshCode + ")")
                + (description == null ? "" : ": " + description));
        this.httpStatus = httpStatus;
        this.meshEvent = meshEvent;
        this.meshCode = meshCode;
        this.description = description;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** MESH's error event ({@code SEND}, {@code TRANSFER}...), or {@code null}. */
    public String meshEvent() {
        return meshEvent;
    }

    /** MESH's error code ({@code 08}, {@code 17}...), or {@code null} when the body gave none. */
    public String meshCode() {
        return meshCode;
    }

    /** The server's description of the error, or {@code null}. */
    public String description() {
        return description;
    }
}
