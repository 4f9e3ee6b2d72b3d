package org.cpis.core.model;

/**
 * A person's given and family name as an upload carries them (child, or mother of an unborn child).
 * Either part may be absent in an upload that is about to be refused.
 */
public record PersonName(String given, String family) {

    public boolean hasGiven() {
        return given != null && !given.isBlank();
    }

    public boolean hasFamily() {
        return family != null && !family.isBlank();
    }

    @Override
    public String toString() {
        return ((hasGiven() ? given.strip() : "") + " " + (hasFamily() ? family.strip() : "")).strip();
    }
}
