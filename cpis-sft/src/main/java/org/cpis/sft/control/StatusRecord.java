package org.cpis.sft.control;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;
import org.cpis.sft.control.ControlValues.Event;
import org.cpis.sft.control.ControlValues.Status;

/**
 * The {@code StatusRecord} of a control file: how a step of the transfer ended. {@code SUCCESS} means the transport
 * delivered the file, not that its content was accepted.
 *
 * @param dateTime    {@code DateTime} ({@code yyyyMMddHHmmss} in the file; to the second)
 * @param event       {@code Event}
 * @param status      {@code Status}
 * @param statusCode  {@code StatusCode}: {@code 00} for success, otherwise MESH's two-digit codes (or an endpoint
 *                    lookup code such as {@code EPL-150})
 * @param description {@code Description}, or null
 */
public record StatusRecord(LocalDateTime dateTime, Event event, Status status, String statusCode,
                           String description) {

    static final Pattern STATUS_CODE = Pattern.compile("[0-9]{2}|EPL-[0-9]{3}");

    public StatusRecord {
        Objects.requireNonNull(dateTime, "DateTime");
        Objects.requireNonNull(event, "Event");
        Objects.requireNonNull(status, "Status");
        if (statusCode == null || !STATUS_CODE.matcher(statusCode).matches()) {
            throw new IllegalArgumentException("StatusCode is two digits (00 for success), e.g. 06");
        }
        TextRule.STATUS_DESCRIPTION.require(description);
        dateTime = dateTime.withNano(0);
    }
}
