package org.cpis.server;

import org.cpis.server.cli.CpisServerCli;

/** {@code java -jar cpis-server.jar [command] [flags]}: see {@code --help}. */
public final class CpisServer {

    private CpisServer() {
    }

    public static void main(String[] args) {
        System.exit(CpisServerCli.create(System.getenv()).execute(args));
    }
}
