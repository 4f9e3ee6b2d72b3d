package org.cpis.core.notification;

import java.util.List;
import java.util.Objects;
import org.cpis.core.model.AccessEvent;
import org.cpis.core.model.NhsNumber;

/**
 * The accesses of one child in one Access to Service Notification: the LA's own child id and the upload file
 * the record came from (LAUFI) let the LA find the child; accesses are newest first.
 */
public record ChildAccesses(NhsNumber nhsNumber, String localChildId, String uploadFileId, List<AccessEvent> accesses) {

    public ChildAccesses {
        Objects.requireNonNull(nhsNumber, "nhsNumber");
        Objects.requireNonNull(uploadFileId, "uploadFileId");
        accesses = List.copyOf(accesses);
        if (accesses.isEmpty()) {
            throw new IllegalArgumentException("a child appears in a notification only when accessed");
        }
    }
}
