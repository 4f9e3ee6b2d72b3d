package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server demographics}: the commands about the demographics table, CP-IS's stand-in for PDS. */
@Command(name = "demographics", description = "Commands about the demographics table (the PDS stand-in that uploads are checked against).")
final class DemographicsCommand {
}
