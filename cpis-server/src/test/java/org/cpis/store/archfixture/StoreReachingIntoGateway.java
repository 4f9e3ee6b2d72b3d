package org.cpis.store.archfixture;

import org.cpis.gateway.archfixture.GatewayReachingIntoStore;

/** Breaks a rule on purpose: the store imports the gateway. */
public final class StoreReachingIntoGateway {

    public Class<?> gateway() {
        return GatewayReachingIntoStore.class;
    }
}
