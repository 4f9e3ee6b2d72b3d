package org.cpis.gateway.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.xml.SecureXml;

/**
 * The codecs' stylesheets (classpath {@code /org/cpis/gateway/codec/xsl/NAME.xsl}), each compiled once into a
 * thread-safe {@link XsltExecutable} on one shared, hardened Saxon {@link Processor}.
 */
public final class Stylesheets {

    private static final Processor PROCESSOR = SecureXml.saxon();
    private static final Map<String, XsltExecutable> COMPILED = new ConcurrentHashMap<>();

    private Stylesheets() {
    }

    public static Processor processor() {
        return PROCESSOR;
    }

    public static XsltExecutable get(String name) {
        return COMPILED.computeIfAbsent(name, Stylesheets::compile);
    }

    private static XsltExecutable compile(String name) {
        String resource = "/org/cpis/gateway/codec/xsl/" + name + ".xsl";
        URL url = Stylesheets.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + resource + " is not on the classpath");
        }
        try (InputStream in = url.openStream()) {
            XsltCompiler compiler = PROCESSOR.newXsltCompiler();
            // xsl:include of our own sibling stylesheets only, read from the classpath (nothing else is fetched)
            compiler.setURIResolver((href, base) -> {
                String sibling = "/org/cpis/gateway/codec/xsl/" + href;
                if (href.contains("/") || href.contains(":") || Stylesheets.class.getResource(sibling) == null) {
                    throw new javax.xml.transform.TransformerException("stylesheet " + href + " is not one of ours");
                }
                return new StreamSource(Stylesheets.class.getResourceAsStream(sibling),
                        Stylesheets.class.getResource(sibling).toExternalForm());
            });
            return compiler.compile(new StreamSource(in, url.toExternalForm()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("stylesheet " + resource + " does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
