package org.cpis.core.archfixture;

import org.cpis.server.CpisServer;

/** Breaks two rules on purpose: core imports something outside java.*, and it is the server. */
public final class CoreReachingIntoServer {

    public Class<?> server() {
        return CpisServer.class;
    }
}
