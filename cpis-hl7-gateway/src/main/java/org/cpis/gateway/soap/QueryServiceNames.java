package org.cpis.gateway.soap;

import javax.xml.namespace.QName;

/**
 * The names of the CP-IS NHS Query service on the wire (DMS digest 6.1, 10.1, 11, 13): the service, the request and
 * response actions, the namespaces of the SOAP envelope and its header blocks, and the WSDL.
 */
public final class QueryServiceNames {

    /** The service, as SDS registers it. */
    public static final String SERVICE = "urn:nhs:names:services:cpisquery";
    /** The interaction CP-IS answers. */
    public static final String REQUEST_INTERACTION = "QUPC_IN000006GB01";
    /** SOAPAction and wsa:Action of the NHS Query. */
    public static final String REQUEST_ACTION = actionOf(REQUEST_INTERACTION);

    public static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    /** WS-Addressing, the August 2004 member submission Spine uses. */
    public static final String WSA = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    public static final String HL7 = "urn:hl7-org:v3";
    /** Spine's error list in SOAP fault details. */
    public static final String NASP = "http://national.carerecords.nhs.uk/schema/";
    /** The code context of Spine's transport (TMS) errors. */
    public static final String TMS_ERRORS = "urn:nhs:names:errors:tms";
    /** The root of an ASID in a device id. */
    public static final String ASID_ROOT = "1.2.826.0.1285.0.2.0.107";
    /** What a wsa:MessageID is made of: this prefix and an upper-case UUID. */
    public static final String MESSAGE_ID_PREFIX = "uuid:";

    /** Where CXF finds the WSDL (the cpis-wsdl module; it imports the schemas of cpis-xsd from ../xsd/). */
    public static final String WSDL_LOCATION = "classpath:wsdl/cpisquery.wsdl";
    public static final QName SERVICE_NAME = new QName(SERVICE, "CpisQueryService");
    public static final QName PORT_NAME = new QName(SERVICE, "CpisQueryPort");

    private QueryServiceNames() {
    }

    /** The wsa:Action of an interaction of this service, e.g. {@code urn:nhs:names:services:cpisquery/REPC_IN000007GB01}. */
    public static String actionOf(String interaction) {
        return SERVICE + "/" + interaction;
    }
}
