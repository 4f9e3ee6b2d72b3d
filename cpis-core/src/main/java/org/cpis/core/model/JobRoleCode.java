package org.cpis.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RBAC job role a smartcard user acted in, as sent on the wire (code system
 * 2.16.840.1.113883.2.1.3.2.4.17.196). Spine sends it either as a bare role ("R0680") or as a
 * colon-separated path ("S0010:G0020:R0050"); the role ids are the {@code Rnnnn} parts.
 */
public record JobRoleCode(String value) {

    private static final Pattern ROLE_ID = Pattern.compile("R[0-9]{4}");

    public JobRoleCode {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException(ValueError.JOB_ROLE_CODE_INVALID, value);
        }
    }

    public static JobRoleCode of(String text) {
        return new JobRoleCode(text == null ? null : text.strip());
    }

    /** The {@code Rnnnn} role ids found in the code, in order. */
    public List<String> roleIds() {
        List<String> ids = new ArrayList<>();
        for (String part : value.split(":")) {
            Matcher m = ROLE_ID.matcher(part);
            if (m.matches()) {
                ids.add(part);
            }
        }
        return Collections.unmodifiableList(ids);
    }

    public boolean hasAnyRole(Set<String> roleIds) {
        return roleIds().stream().anyMatch(roleIds::contains);
    }

    @Override
    public String toString() {
        return value;
    }
}
