package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server report}: the service's reports (CP-IS075, CP-IS077, CP-IS079-081). */
@Command(name = "report",
        description = {"The service's reports: counts (CP-IS077), subject access (CP-IS079), stale plans (CP-IS080),"
                + " activity (CP-IS081) and presence at a past moment (CP-IS075). See docs/REPORTS.md."})
final class ReportCommand {
}
