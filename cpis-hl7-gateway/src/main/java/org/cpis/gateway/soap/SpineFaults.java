package org.cpis.gateway.soap;

import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A SOAP 1.1 fault as Spine sends one: {@code faultcode} SOAP-ENV:Client or SOAP-ENV:Server, a {@code faultstring},
 * and in {@code detail} a {@code nasp:errorList} with one {@code nasp:error} (codeContext
 * {@code urn:nhs:names:errors:tms}, the TMS errorCode, severity, location, and a description that starts with
 * CP-IS's own code). Never a stack trace.
 */
final class SpineFaults {

    private SpineFaults() {
    }

    /**
     * @param detail what exactly was wrong, or {@code null}
     */
    static SoapFault of(SoapFaultCode code, String detail) {
        String description = code.code() + " " + code.message() + (detail == null ? "" : ": " + detail);
        SoapFault fault = new SoapFault(description,
                new QName(QueryServiceNames.SOAP_11, code.isClientFault() ? "Client" : "Server"));
        Element detailElement = fault.getOrCreateDetail();
        Document doc = detailElement.getOwnerDocument();
        Element list = doc.createElementNS(QueryServiceNames.NASP, "nasp:errorList");
        Element error = doc.createElementNS(QueryServiceNames.NASP, "nasp:error");
        error.appendChild(text(doc, "nasp:codeContext", QueryServiceNames.TMS_ERRORS));
        error.appendChild(text(doc, "nasp:errorCode", code.tmsErrorCode()));
        error.appendChild(text(doc, "nasp:severity", "Error"));
        error.appendChild(text(doc, "nasp:location", code.location()));
        error.appendChild(text(doc, "nasp:description", description));
        list.appendChild(error);
        detailElement.appendChild(list);
        return fault;
    }

    private static Element text(Document doc, String name, String value) {
        Element e = doc.createElementNS(QueryServiceNames.NASP, name);
        e.setTextContent(value);
        return e;
    }
}
