package org.cpis.sft.archfixture;

import org.cpis.store.archfixture.StoreReachingIntoGateway;

/** Breaks a rule on purpose: SFT imports the store. */
public final class SftReachingIntoStore {

    public Class<?> store() {
        return StoreReachingIntoGateway.class;
    }
}
