package org.cpis.gateway.codec.upload;

import java.util.Optional;
import org.cpis.core.model.PlanType;
import org.cpis.core.model.SubjectKind;

/**
 * The templates an upload record (and a record returned in the acknowledgement) is made of: the three upload
 * plan templates (NPFIT-100017) and the two subject templates (NPFIT-100035), each with the element name that
 * carries it and the {@code npfitlc:contentId} extension that must name it.
 */
enum UploadTemplate {
    LAC_INFORMATION("COCT_TP146100GB01", "LACInformation", PlanType.LAC, null),
    CPP_INFORMATION("COCT_TP146101GB01", "CPPInformation", PlanType.CPP, null),
    UCP_INFORMATION("COCT_TP146102GB01", "UCPInformation", PlanType.UCPP, null),
    CHILD("COCT_TP145101GB01", "Child", null, SubjectKind.CHILD),
    UNBORN_CHILD("COCT_TP145100GB01", "UnbornChild", null, SubjectKind.UNBORN_CHILD);

    private final String element;
    private final String contentId;
    private final PlanType planType;
    private final SubjectKind subjectKind;

    UploadTemplate(String templateId, String className, PlanType planType, SubjectKind subjectKind) {
        this.element = templateId + "." + className;
        this.contentId = templateId + "#" + className;
        this.planType = planType;
        this.subjectKind = subjectKind;
    }

    /** The element name, e.g. {@code COCT_TP146101GB01.CPPInformation}. */
    String element() {
        return element;
    }

    /** The contentId extension, e.g. {@code COCT_TP146101GB01#CPPInformation}. */
    String contentId() {
        return contentId;
    }

    PlanType planType() {
        return planType;
    }

    SubjectKind subjectKind() {
        return subjectKind;
    }

    static Optional<UploadTemplate> byElement(String element) {
        for (UploadTemplate t : values()) {
            if (t.element.equals(element)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
