package org.cpis.sft.la.settings;

/**
 * The sections of the Children Act 1989 under which a looked-after child is in the CP-IS cohort. The NHS only ever
 * sees one LAC indicator, never the section.
 */
public enum LacSection {
    /** s31: Full Care Order. */
    S31("lac.s31", "Full Care Order (s31)"),
    /** s38: Interim Care Order. */
    S38("lac.s38", "Interim Care Order (s38)"),
    /** s20: Voluntary Care Agreement. */
    S20("lac.s20", "Voluntary Care Agreement (s20)");

    private final String settingKey;
    private final String description;

    LacSection(String settingKey, String description) {
        this.settingKey = settingKey;
        this.description = description;
    }

    /** The settings key listing the LA's local legal-status codes of this section. */
    public String settingKey() {
        return settingKey;
    }

    public String description() {
        return description;
    }
}
