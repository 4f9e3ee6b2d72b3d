package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server retention}: the commands about keeping and removing records. */
@Command(name = "retention",
        description = {"Commands about retention: removing what CP-IS may no longer keep (CP-IS030, CP-IS039, CP-IS076)."})
final class RetentionCommand {
}
