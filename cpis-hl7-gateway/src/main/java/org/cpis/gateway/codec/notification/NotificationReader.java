package org.cpis.gateway.codec.notification;

import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Problem;
import org.cpis.gateway.codec.ProblemCode;
import org.cpis.gateway.codec.Transforms;
import org.cpis.gateway.codec.WireDocument;
import org.cpis.gateway.codec.WireReader;
import org.cpis.gateway.codec.xml.XmlLimits;

/**
 * Reads a notification file up to its internal XML: hardened parse and schema validation in one pass, a check
 * that the file is the notification expected, then the decoding stylesheet. Thread-safe.
 */
final class NotificationReader {

    private final WireReader wire = new WireReader();
    private final NotificationInteraction expected;
    private final XsltExecutable decode;

    NotificationReader(NotificationInteraction expected, XsltExecutable decode) {
        this.expected = expected;
        this.decode = decode;
    }

    /** The internal XML of a schema-valid notification of the expected kind, else a {@link DecodeException}. */
    InternalReader read(byte[] file) {
        WireDocument doc = wire.read(file, expected.rootElement() + ".xml", XmlLimits.MESSAGE);
        if (doc.isValid() && !expected.rootElement().equals(doc.root().getLocalPart())) {
            throw new DecodeException(Problem.at(ProblemCode.WRONG_MESSAGE, "expected " + expected.rootElement()
                    + " (" + expected.messageType() + "), got " + doc.root().getLocalPart(), 1, 1, "/"));
        }
        return InternalReader.of(Transforms.toTree(decode, doc.validTree()));
    }
}
