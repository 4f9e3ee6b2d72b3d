package org.cpis.gateway.codec.upload;

import org.xml.sax.ContentHandler;

/**
 * How one part of an upload (its header, or one record) becomes fields: it is given the part's validated SAX
 * events, then asked what they held. The fast way reads them straight into fields ({@link UploadHeaderEvents},
 * {@link RecordEvents}); the reference way builds a Saxon tree of the part and runs {@code la-upload-decode.xsl}
 * over it ({@link UploadStylesheet}). One per part.
 *
 * @param <T> {@link UploadHeaderFields} or {@link RecordFields}
 */
interface PartReader<T> {

    /** Where the part's validated events go. */
    ContentHandler events();

    /** What the events held; asked once, after the last of them. */
    T fields();
}
