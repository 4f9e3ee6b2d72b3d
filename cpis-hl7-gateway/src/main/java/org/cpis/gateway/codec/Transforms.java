package org.cpis.gateway.codec;

import java.io.ByteArrayOutputStream;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/** Runs a compiled stylesheet over a tree: to a tree (decoding) or to serialised bytes (encoding). */
public final class Transforms {

    private Transforms() {
    }

    public static XdmNode toTree(XsltExecutable stylesheet, XdmNode input) {
        try {
            Xslt30Transformer t = stylesheet.load30();
            XdmDestination out = new XdmDestination();
            t.applyTemplates(input, out);
            return out.getXdmNode();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("stylesheet failed: " + e.getMessage(), e);
        }
    }

    public static byte[] toBytes(XsltExecutable stylesheet, XdmNode input) {
        try {
            Xslt30Transformer t = stylesheet.load30();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            Serializer s = Stylesheets.processor().newSerializer(bytes);
            s.setOutputProperty(Serializer.Property.METHOD, "xml");
            s.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
            s.setOutputProperty(Serializer.Property.INDENT, "yes");
            s.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "no");
            t.applyTemplates(input, s);
            return bytes.toByteArray();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("stylesheet failed: " + e.getMessage(), e);
        }
    }
}
