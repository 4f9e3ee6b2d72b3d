package org.cpis.gateway.codec;

import java.io.ByteArrayOutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Runs a compiled stylesheet over a tree: to a tree (decoding) or to serialised bytes (encoding). Each thread
 * keeps one loaded transformer per stylesheet and runs it again and again (Saxon allows that, one run at a
 * time), since loading one costs as much as a small transformation; a transformer whose run failed is dropped.
 */
public final class Transforms {

    private static final ThreadLocal<Map<XsltExecutable, Xslt30Transformer>> LOADED =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private Transforms() {
    }

    private static Xslt30Transformer loaded(XsltExecutable stylesheet) {
        return LOADED.get().computeIfAbsent(stylesheet, XsltExecutable::load30);
    }

    private static IllegalStateException failed(XsltExecutable stylesheet, SaxonApiException e) {
        LOADED.get().remove(stylesheet);
        return new IllegalStateException("stylesheet failed: " + e.getMessage(), e);
    }

    public static XdmNode toTree(XsltExecutable stylesheet, XdmNode input) {
        try {
            Xslt30Transformer t = loaded(stylesheet);
            XdmDestination out = new XdmDestination();
            t.applyTemplates(input, out);
            return out.getXdmNode();
        } catch (SaxonApiException e) {
            throw failed(stylesheet, e);
        }
    }

    public static byte[] toBytes(XsltExecutable stylesheet, XdmNode input) {
        try {
            Xslt30Transformer t = loaded(stylesheet);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            Serializer s = Stylesheets.processor().newSerializer(bytes);
            s.setOutputProperty(Serializer.Property.METHOD, "xml");
            s.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
            s.setOutputProperty(Serializer.Property.INDENT, "yes");
            s.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "no");
            t.applyTemplates(input, s);
            return bytes.toByteArray();
        } catch (SaxonApiException e) {
            throw failed(stylesheet, e);
        }
    }
}
