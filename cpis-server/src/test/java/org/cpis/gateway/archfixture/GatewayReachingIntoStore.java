package org.cpis.gateway.archfixture;

import org.cpis.store.archfixture.StoreReachingIntoGateway;

/** Breaks a rule on purpose: the gateway imports the store. */
public final class GatewayReachingIntoStore {

    public Class<?> store() {
        return StoreReachingIntoGateway.class;
    }
}
