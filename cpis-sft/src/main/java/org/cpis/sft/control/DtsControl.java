package org.cpis.sft.control;

import java.util.Objects;
import org.cpis.sft.control.ControlValues.AddressType;
import org.cpis.sft.control.ControlValues.MessageType;

/**
 * A MESH control file ({@code <name>.ctl}, root {@code DTSControl}): the envelope of the data file with the same
 * name, as the MESH client reads and writes it (MESH-AND-SFT.md §3.3). Absent elements are null. The same record is
 * read from and written to both sides' folders, so it knows nothing of mailboxes or doors.
 *
 * <p>Every instance keeps the rules the reader checks: {@code Version} is 1.0 and {@code MessageType} is given; a
 * {@code Data} message names {@code WorkflowId}, {@code From_DTS} and {@code To_DTS}; a {@code Report} carries a
 * {@code StatusRecord}; no text is longer than its limit ({@link TextRule}).
 *
 * @param version       {@code Version}: always {@value ControlValues#VERSION}
 * @param addressType   {@code AddressType}, or null
 * @param messageType   {@code MessageType}
 * @param workflowId    {@code WorkflowId}
 * @param fromDts       {@code From_DTS}: the sending mailbox
 * @param toDts         {@code To_DTS}: the receiving mailbox
 * @param fromEsmtp     {@code From_ESMTP} (legacy SMTP address), or null
 * @param toEsmtp       {@code To_ESMTP}, or null
 * @param subject       {@code Subject}, or null
 * @param localId       {@code LocalId}: the sender's own reference, or null
 * @param dtsId         {@code DTSId}: the MESH message id, or null (empty when the sender writes it)
 * @param partnerId     {@code PartnerId}, or null
 * @param compress      {@code Compress} Y/N, or null
 * @param encrypted     {@code Encrypted} Y/N (a flag only), or null
 * @param allowChunking {@code AllowChunking} Y/N, or null
 * @param processId     {@code ProcessId}, or null
 * @param dataChecksum  {@code DataChecksum}, or null
 * @param isCompressed  {@code IsCompressed} Y/N: the data file is compressed, or null
 * @param statusRecord  {@code StatusRecord}, or null
 */
public record DtsControl(String version, AddressType addressType, MessageType messageType, String workflowId,
                         String fromDts, String toDts, String fromEsmtp, String toEsmtp, String subject,
                         String localId, String dtsId, String partnerId, Boolean compress, Boolean encrypted,
                         Boolean allowChunking, String processId, String dataChecksum, Boolean isCompressed,
                         StatusRecord statusRecord) {

    public DtsControl {
        if (!ControlValues.VERSION.equals(version)) {
            throw new IllegalArgumentException("Version is " + ControlValues.VERSION);
        }
        Objects.requireNonNull(messageType, "MessageType");
        TextRule.WORKFLOW_ID.require(workflowId);
        TextRule.FROM_DTS.require(fromDts);
        TextRule.TO_DTS.require(toDts);
        TextRule.FROM_ESMTP.require(fromEsmtp);
        TextRule.TO_ESMTP.require(toEsmtp);
        TextRule.SUBJECT.require(subject);
        TextRule.LOCAL_ID.require(localId);
        TextRule.DTS_ID.require(dtsId);
        TextRule.PARTNER_ID.require(partnerId);
        TextRule.PROCESS_ID.require(processId);
        TextRule.DATA_CHECKSUM.require(dataChecksum);
        String missing = missingFor(messageType, workflowId, fromDts, toDts, statusRecord);
        if (missing != null) {
            throw new IllegalArgumentException("a " + messageType.xml() + " control file names its " + missing);
        }
    }

    /** The first element a control file of this type must have and does not, or null. */
    static String missingFor(MessageType type, String workflowId, String fromDts, String toDts,
                             StatusRecord statusRecord) {
        if (type == MessageType.DATA) {
            if (blank(workflowId)) {
                return "WorkflowId";
            }
            if (blank(fromDts)) {
                return "From_DTS";
            }
            if (blank(toDts)) {
                return "To_DTS";
            }
        } else if (statusRecord == null) {
            return "StatusRecord";
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A new builder of a {@code Data} control file (Version 1.0). */
    public static Builder data() {
        return new Builder(MessageType.DATA);
    }

    /** A new builder of a {@code Report} control file (Version 1.0). */
    public static Builder report() {
        return new Builder(MessageType.REPORT);
    }

    /** Builds a control file element by element; unset elements are absent. */
    public static final class Builder {

        private final MessageType messageType;
        private AddressType addressType;
        private String workflowId;
        private String fromDts;
        private String toDts;
        private String fromEsmtp;
        private String toEsmtp;
        private String subject;
        private String localId;
        private String dtsId;
        private String partnerId;
        private Boolean compress;
        private Boolean encrypted;
        private Boolean allowChunking;
        private String processId;
        private String dataChecksum;
        private Boolean isCompressed;
        private StatusRecord statusRecord;

        private Builder(MessageType messageType) {
            this.messageType = messageType;
        }

        public Builder addressType(AddressType value) {
            addressType = value;
            return this;
        }

        public Builder workflowId(String value) {
            workflowId = value;
            return this;
        }

        public Builder fromDts(String value) {
            fromDts = value;
            return this;
        }

        public Builder toDts(String value) {
            toDts = value;
            return this;
        }

        public Builder fromEsmtp(String value) {
            fromEsmtp = value;
            return this;
        }

        public Builder toEsmtp(String value) {
            toEsmtp = value;
            return this;
        }

        public Builder subject(String value) {
            subject = value;
            return this;
        }

        public Builder localId(String value) {
            localId = value;
            return this;
        }

        public Builder dtsId(String value) {
            dtsId = value;
            return this;
        }

        public Builder partnerId(String value) {
            partnerId = value;
            return this;
        }

        public Builder compress(Boolean value) {
            compress = value;
            return this;
        }

        public Builder encrypted(Boolean value) {
            encrypted = value;
            return this;
        }

        public Builder allowChunking(Boolean value) {
            allowChunking = value;
            return this;
        }

        public Builder processId(String value) {
            processId = value;
            return this;
        }

        public Builder dataChecksum(String value) {
            dataChecksum = value;
            return this;
        }

        public Builder isCompressed(Boolean value) {
            isCompressed = value;
            return this;
        }

        public Builder statusRecord(StatusRecord value) {
            statusRecord = value;
            return this;
        }

        /** @throws IllegalArgumentException when the control file would break a rule of {@link DtsControl} */
        public DtsControl build() {
            return new DtsControl(ControlValues.VERSION, addressType, messageType, workflowId, fromDts, toDts,
                    fromEsmtp, toEsmtp, subject, localId, dtsId, partnerId, compress, encrypted, allowChunking,
                    processId, dataChecksum, isCompressed, statusRecord);
        }
    }
}
