package org.cpis.core.upload;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.cpis.core.audit.AuditAction;
import org.cpis.core.audit.AuditEvent;
import org.cpis.core.model.NhsNumber;
import org.cpis.core.model.OdsCode;

/** An audit event in a spill file, every field as it will be appended. */
final class AuditEventSpillCodec implements SpillCodec<AuditEvent> {

    @Override
    public void write(DataOutput out, AuditEvent e) throws IOException {
        SpillCodec.writeInstant(out, e.at());
        out.writeUTF(e.action().name());
        SpillCodec.writeText(out, e.actor());
        SpillCodec.writeText(out, e.actorOrganisation() == null ? null : e.actorOrganisation().value());
        SpillCodec.writeText(out, e.subject() == null ? null : e.subject().value());
        SpillCodec.writeText(out, e.detail());
    }

    @Override
    public AuditEvent read(DataInput in) throws IOException {
        var at = SpillCodec.readInstant(in);
        AuditAction action = AuditAction.valueOf(in.readUTF());
        String actor = SpillCodec.readText(in);
        String org = SpillCodec.readText(in);
        String subject = SpillCodec.readText(in);
        String detail = SpillCodec.readText(in);
        return new AuditEvent(at, action, actor, org == null ? null : OdsCode.of(org),
                subject == null ? null : NhsNumber.of(subject), detail);
    }
}
