package org.cpis.gateway.codec;

/** The OID roots CP-IS writes on the wire (the encoding stylesheets name the same in {@code common-encode.xsl}). */
public final class WireOids {

    /** An ASID (accredited system). */
    public static final String ASID = "1.2.826.0.1285.0.2.0.107";
    /** An ODS organisation code. */
    public static final String ODS_ORGANISATION = "2.16.840.1.113883.2.1.3.2.4.19.1";
    /** The {@code npfitlc:contentId} root. */
    public static final String CONTENT_ID = "2.16.840.1.113883.2.1.3.2.4.18.16";
    /** An interaction id. */
    public static final String INTERACTION = "2.16.840.1.113883.2.1.3.2.4.12";
    /** An NHS number. */
    public static final String NHS_NUMBER = "2.16.840.1.113883.2.1.4.1";
    /** An SDS user id. */
    public static final String SDS_USER = "1.2.826.0.1285.0.2.0.65";
    /** An SDS role profile id. */
    public static final String SDS_ROLE_PROFILE = "1.2.826.0.1285.0.2.0.67";
    /** An SDS job role (the control act's {@code partSDSRole}). */
    public static final String SDS_JOB_ROLE = "1.2.826.0.1285.0.2.1.104";
    /** The code system of the RBAC job roles of a person author. */
    public static final String JOB_ROLE_SYSTEM = "2.16.840.1.113883.2.1.3.2.4.17.196";
    /** The code system of a system author's responsible person's role. */
    public static final String RESPONSIBLE_ROLE_SYSTEM = "2.16.840.1.113883.2.1.3.2.4.17.124";

    private WireOids() {
    }
}
