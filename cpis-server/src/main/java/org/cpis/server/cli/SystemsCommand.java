package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server systems}: the allow-list of accredited systems (CP-NHS018). */
@Command(name = "systems",
        description = "Commands about the accredited systems that may query CP-IS: their ASIDs, client certificates"
                + " and whether they are enabled (CP-NHS018, CP-IS059).")
final class SystemsCommand {
}
