package org.cpis.sft.la;

import org.cpis.sft.la.check.FileCheck;
import org.cpis.sft.la.state.FileStatus;

/**
 * What {@code cpis la check} found for one file.
 *
 * @param sequenceId the file's sequence id when the client built it, else {@code null}
 * @param status     the file's status after the check, or {@code null} for a file the client did not build
 */
public record CheckOutcome(String sequenceId, FileCheck check, FileStatus status) {
}
