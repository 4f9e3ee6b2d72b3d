package org.cpis.core.upload;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cpis.core.model.PersonName;
import org.cpis.core.model.Plan;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;

/** A record result in a spill file: the record as sent (every field, plans included), its outcome and detail. */
final class RecordResultSpillCodec implements SpillCodec<RecordResult> {

    @Override
    public void write(DataOutput out, RecordResult result) throws IOException {
        UploadRecord r = result.record();
        out.writeInt(r.position());
        out.writeUTF(r.subjectKind().name());
        SpillCodec.writeText(out, r.nhsNumber());
        SpillCodec.writeText(out, r.localId());
        SpillCodec.writeText(out, r.name().given());
        SpillCodec.writeText(out, r.name().family());
        SpillCodec.writeDate(out, r.birthDate());
        out.writeInt(r.plans().size());
        for (Plan p : r.plans()) {
            out.writeUTF(p.type().name());
            SpillCodec.writeDateTime(out, p.start());
            SpillCodec.writeDateTime(out, p.end());
            SpillCodec.writeDateTime(out, p.delete());
        }
        out.writeUTF(result.outcome().name());
        SpillCodec.writeText(out, result.detail() == null ? null : result.detail().name());
    }

    @Override
    public RecordResult read(DataInput in) throws IOException {
        int position = in.readInt();
        SubjectKind kind = SubjectKind.valueOf(in.readUTF());
        String nhs = SpillCodec.readText(in);
        String localId = SpillCodec.readText(in);
        PersonName name = new PersonName(SpillCodec.readText(in), SpillCodec.readText(in));
        var birthDate = SpillCodec.readDate(in);
        int planCount = in.readInt();
        List<Plan> plans = new ArrayList<>(planCount);
        for (int i = 0; i < planCount; i++) {
            plans.add(new Plan(PlanType.valueOf(in.readUTF()), SpillCodec.readDateTime(in),
                    SpillCodec.readDateTime(in), SpillCodec.readDateTime(in)));
        }
        RecordOutcome outcome = RecordOutcome.valueOf(in.readUTF());
        String detail = SpillCodec.readText(in);
        return new RecordResult(new UploadRecord(position, kind, nhs, localId, name, birthDate, plans), outcome,
                detail == null ? null : RecordDetail.valueOf(detail));
    }
}
