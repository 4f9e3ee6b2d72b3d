package org.cpis.core.access;

import java.util.Objects;
import org.cpis.core.model.QueryAuthor;

/**
 * Who may ask an NHS Query, in one call for the endpoint: first the certificate binding (CP-NHS018,
 * {@link CertificateBindingPolicy}), then role-based access (CP-IS042, CP-NHS004/006/019,
 * {@link RoleBasedAccessPolicy}). Every call reads the registry and the role directory afresh, so disabling a
 * system or a user takes effect from the next query (CP-IS059).
 */
public final class QueryAccessPolicy {

    private final CertificateBindingPolicy binding;
    private final RoleBasedAccessPolicy roles;

    public QueryAccessPolicy(CertificateBindingPolicy binding, RoleBasedAccessPolicy roles) {
        this.binding = Objects.requireNonNull(binding, "binding");
        this.roles = Objects.requireNonNull(roles, "roles");
    }

    /** The standard rules (B0107 required) over these ports. */
    public static QueryAccessPolicy standard(AccreditedSystems systems, RoleDirectory directory) {
        return new QueryAccessPolicy(new CertificateBindingPolicy(systems), new RoleBasedAccessPolicy(directory));
    }

    /**
     * @param presented the client certificate's SHA-256 fingerprint, or {@code null} when none was presented
     * @param claims    the ASIDs the message claims (see {@link SenderClaims#of})
     * @param author    the query's author
     */
    public AccessDecision check(CertificateFingerprint presented, SenderClaims claims, QueryAuthor author) {
        AccessDecision bound = binding.check(presented, claims);
        if (bound instanceof AccessDecision.Allowed allowed) {
            return roles.check(allowed.system(), author);
        }
        return bound;
    }
}
