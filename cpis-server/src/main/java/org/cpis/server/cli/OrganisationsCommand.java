package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server organisations}: the commands about ODS codes and organisation names. */
@Command(name = "organisations", description = "Commands about organisations: ODS codes and their names.")
final class OrganisationsCommand {
}
