package org.cpis.core.access;

import java.util.Optional;

/**
 * The role directory: the service's local stand-in for SDS (CP-IS042, CP-NHS004), saying which role profiles a
 * smartcard user holds and which activities each grants. Every lookup reads the current state, so that a user
 * disabled by an administrator is refused from the next query on (CP-IS059).
 */
public interface RoleDirectory {

    /** The user with this SDS user id, with all their role profiles. */
    Optional<DirectoryUser> user(String sdsUserId);
}
