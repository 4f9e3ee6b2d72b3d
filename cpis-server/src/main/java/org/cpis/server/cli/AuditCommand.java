package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server audit}: the commands about the audit trail. */
@Command(name = "audit", description = "Commands about the tamper-evident audit trail.")
final class AuditCommand {
}
