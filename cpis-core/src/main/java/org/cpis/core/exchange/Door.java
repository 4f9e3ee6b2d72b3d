package org.cpis.core.exchange;

/**
 * How a Local Authority's mailbox is reached: both doors lead to the same mailbox, the door only decides how
 * messages for the LA are handed over.
 */
public enum Door {
    /** The MESH-compatible HTTP API: messages wait in the inbox until the LA downloads and acknowledges them. */
    HTTP,
    /**
     * A pair of folders, as the MESH client uses them: the LA drops files in its send folder; messages for it are
     * written to its receive folder, which counts as delivered and acknowledged.
     */
    FOLDER
}
