package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server users}: the role directory, the service's stand-in for SDS (CP-IS042, CP-IS059). */
@Command(name = "users",
        description = "Commands about the role directory (the service's stand-in for SDS): smartcard users, their role"
                + " profiles and activities (B0107 to query CP-IS), and whether they are enabled (CP-IS042, CP-IS059).")
final class UsersCommand {
}
