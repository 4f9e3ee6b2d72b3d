package org.cpis.sft.la;

import java.time.Instant;
import org.cpis.sft.la.state.UploadFileEntry;

/**
 * One upload file as {@code cpis la status} lists it.
 *
 * @param due   whether {@code send} would send it now
 * @param dueAt when a sent, unacknowledged file goes again (CP-SC017), or {@code null}
 */
public record FileLine(UploadFileEntry file, boolean due, Instant dueAt) {
}
