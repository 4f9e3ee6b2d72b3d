package org.cpis.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cpis.core.audit.AuditVerification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpis-server audit verify}: walks the audit trail's hash chain and says whether it is intact. */
@Command(name = "verify",
        description = {"Walks the whole audit trail and checks that no entry was changed or removed.",
                "Exit status 0 when intact, 1 when broken (the first broken entry is printed)."})
final class AuditVerifyCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AuditVerifyCommand.class);

    private final SettingsOptions options;

    @Spec
    private CommandSpec spec;

    AuditVerifyCommand(SettingsOptions options) {
        this.options = options;
    }

    @Override
    public Integer call() {
        AuditVerification verification = AdminDatabase.use(options, "audit verify",
                database -> database.transactions().inTransaction(session -> session.auditTrail().verify()));
        PrintWriter out = spec.commandLine().getOut();
        if (verification.isIntact()) {
            String intact = "Audit trail intact: " + verification.entriesChecked() + " entries checked";
            LOG.info(intact);
            out.println(intact);
            return CpisServerCli.OK;
        }
        String broken = "Audit trail broken at sequence " + verification.firstBrokenAt() + ": " + verification.problem()
                + " (" + verification.entriesChecked() + " entries checked)";
        LOG.error(broken);
        out.println(broken);
        return CpisServerCli.ANSWER_NO;
    }
}
