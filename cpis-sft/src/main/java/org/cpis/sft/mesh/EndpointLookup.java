package org.cpis.sft.mesh;

import java.util.List;
import java.util.Map;
import org.cpis.core.exchange.Mailbox;
import org.cpis.core.model.OdsCode;
import org.cpis.sft.exchange.PostOffice;
import org.cpis.sft.exchange.Workflows;

/**
 * Endpoint lookup ({@code GET /messageexchange/endpointlookup/{ods_code}/{workflow_id}}): which mailbox receives a
 * CP-IS workflow. The upload workflow is received by the CP-IS mailbox, whatever organisation code is asked about;
 * the workflows CP-IS sends (acknowledgement, Access to Service, Inactive NHS Number) are received by the enabled
 * mailbox of the Local Authority with that ODS code. Any other workflow has no endpoint here (an empty result).
 */
final class EndpointLookup {

    private final PostOffice postOffice;

    EndpointLookup(PostOffice postOffice) {
        this.postOffice = postOffice;
    }

    /** The matching mailboxes as (mailbox id, name). */
    List<Map.Entry<String, String>> lookup(String odsCode, String workflowId) {
        if (odsCode == null || odsCode.isBlank() || workflowId == null || workflowId.isBlank()) {
            throw new MeshFailure(MeshProblem.BAD_REQUEST, "name an ODS code and a workflow id");
        }
        Workflows workflows = postOffice.workflows();
        if (workflows.upload().equals(workflowId)) {
            return List.of(Map.entry(postOffice.serviceMailbox().value(), MeshTracking.SERVICE_NAME));
        }
        if (!workflows.knows(workflowId)) {
            return List.of();
        }
        OdsCode ods;
        try {
            ods = OdsCode.of(odsCode.strip());
        } catch (IllegalArgumentException e) {
            throw new MeshFailure(MeshProblem.BAD_REQUEST, "'" + odsCode + "' is not an ODS code");
        }
        return postOffice.mailboxes().forLocalAuthority(ods).filter(Mailbox::enabled)
                .map(m -> List.of(Map.entry(m.id().value(), m.name()))).orElse(List.of());
    }
}
