package org.cpis.gateway.codec.upload;

import java.util.function.Function;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.InternalReader;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.Transforms;
import org.xml.sax.ContentHandler;

/**
 * The reference way an upload's parts become fields, as the design has it: a Saxon tree of the part
 * (the header, or one record), the {@code la-upload-decode} stylesheet to internal XML, then that XML read into
 * fields. Thread-safe: each part gets a reader of its own.
 */
final class UploadStylesheet implements UploadReading {

    private final XsltExecutable stylesheet;

    UploadStylesheet(XsltExecutable stylesheet) {
        this.stylesheet = stylesheet;
    }

    @Override
    public PartReader<UploadHeaderFields> header() {
        return new Part<>(UploadHeaderFields::of);
    }

    @Override
    public PartReader<RecordFields> record() {
        return new Part<>(RecordFields::of);
    }

    /** One part: its events build a tree, which the stylesheet turns into internal XML, read into fields. */
    private final class Part<T> implements PartReader<T> {
        private final Function<InternalReader, T> read;
        private final BuildingContentHandler tree;

        Part(Function<InternalReader, T> read) {
            this.read = read;
            try {
                this.tree = Stylesheets.processor().newDocumentBuilder().newBuildingContentHandler();
            } catch (SaxonApiException e) {
                throw new IllegalStateException("no Saxon tree builder: " + e.getMessage(), e);
            }
        }

        @Override
        public ContentHandler events() {
            return tree;
        }

        @Override
        public T fields() {
            try {
                return read.apply(InternalReader.of(Transforms.toTree(stylesheet, tree.getDocumentNode())));
            } catch (SaxonApiException e) {
                throw new IllegalStateException("the upload part could not be built: " + e.getMessage(), e);
            }
        }
    }
}
