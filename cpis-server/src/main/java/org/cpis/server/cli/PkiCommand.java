package org.cpis.server.cli;

import picocli.CommandLine.Command;

/** {@code cpis-server pki}: a development CA and the certificates for mutual TLS. */
@Command(name = "pki",
        description = {"A development certificate authority and the certificates for mutual TLS, under <data>/pki:"
                + " 'init' makes the CA, 'server' the server's certificate, 'client' an accredited system's.",
                "Keystores are PKCS#12 with the pki.password setting (CPIS_PKI_PASSWORD, --pki-password); not set: a"
                        + " development password that 'init' writes to <data>/pki/development-password."})
final class PkiCommand {
}
