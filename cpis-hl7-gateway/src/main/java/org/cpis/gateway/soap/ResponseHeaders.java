package org.cpis.gateway.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.headers.Header;
import org.apache.cxf.helpers.DOMUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOAP header blocks of a reply, as Spine writes them (DMS digest 6.1): a new wsa:MessageID, the reply's
 * wsa:Action, wsa:To (the request's wsa:ReplyTo address, else its wsa:From), wsa:From (the address the request
 * was sent to), wsa:RelatesTo (the request's wsa:MessageID), and {@code hl7:communicationFunctionRcv/Snd} swapped
 * from the request.
 */
final class ResponseHeaders {

    private ResponseHeaders() {
    }

    static List<Header> of(RequestEnvelope request, Reply reply) {
        Document doc = DOMUtils.createDocument();
        List<Header> headers = new ArrayList<>();
        headers.add(header(text(doc, QueryServiceNames.WSA, "wsa:MessageID", reply.addressingMessageId())));
        headers.add(header(text(doc, QueryServiceNames.WSA, "wsa:Action", reply.action())));
        String to = request.replyTo() != null ? request.replyTo() : request.from();
        if (to != null) {
            headers.add(header(text(doc, QueryServiceNames.WSA, "wsa:To", to)));
        }
        if (request.to() != null) {
            Element from = doc.createElementNS(QueryServiceNames.WSA, "wsa:From");
            from.appendChild(text(doc, QueryServiceNames.WSA, "wsa:Address", request.to()));
            headers.add(header(from));
        }
        headers.add(header(communicationFunction(doc, "hl7:communicationFunctionRcv", "RCV",
                reply.parties().requesterAsid())));
        headers.add(header(communicationFunction(doc, "hl7:communicationFunctionSnd", "SND",
                reply.parties().serviceAsid())));
        headers.add(header(text(doc, QueryServiceNames.WSA, "wsa:RelatesTo", request.messageId())));
        return headers;
    }

    private static Element communicationFunction(Document doc, String name, String typeCode, String asid) {
        Element function = doc.createElementNS(QueryServiceNames.HL7, name);
        function.setAttribute("typeCode", typeCode);
        Element device = doc.createElementNS(QueryServiceNames.HL7, "hl7:device");
        device.setAttribute("classCode", "DEV");
        device.setAttribute("determinerCode", "INSTANCE");
        Element id = doc.createElementNS(QueryServiceNames.HL7, "hl7:id");
        id.setAttribute("root", QueryServiceNames.ASID_ROOT);
        id.setAttribute("extension", asid);
        device.appendChild(id);
        function.appendChild(device);
        return function;
    }

    private static Element text(Document doc, String namespace, String name, String value) {
        Element e = doc.createElementNS(namespace, name);
        e.setTextContent(value);
        return e;
    }

    private static Header header(Element element) {
        Header header = new Header(new QName(element.getNamespaceURI(), element.getLocalName()), element);
        header.setDirection(Header.Direction.DIRECTION_OUT);
        return header;
    }
}
