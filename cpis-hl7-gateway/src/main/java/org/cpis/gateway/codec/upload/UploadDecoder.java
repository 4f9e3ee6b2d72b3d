package org.cpis.gateway.codec.upload;

import java.io.InputStream;
import javax.xml.validation.Schema;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.WireSchemas;

/**
 * Decodes LA Upload files (REPC_MT000002GB01, root {@code File}) as streams: {@link #open} reads and checks
 * the header and gives an {@link UploadReader} whose records are decoded one at a time. The header is checked
 * against the File schema, each record against the record-level schema ({@code REPC_MT000002GB01.record.xsd})
 * and the decode-level rules. Thread-safe: one instance serves every file.
 * <p>
 * Two decoders give the same header, records and problems (docs/WIRE-FORMAT.md, "Fast paths"): by default the fast
 * path, which reads each part's validated events straight into fields ({@link UploadHeaderEvents},
 * {@link RecordEvents}) and is what uploads are processed and validated with; and, from {@link #withStylesheets()},
 * the reference path of the design, a Saxon tree and the {@code la-upload-decode} stylesheet per part.
 */
public final class UploadDecoder {

    static final String FILE_SCHEMA = "REPC_MT000002GB01.xsd";
    static final String RECORD_SCHEMA = "REPC_MT000002GB01.record.xsd";

    private final Schema fileSchema = WireSchemas.instance().compiled(FILE_SCHEMA);
    private final Schema recordSchema = WireSchemas.instance().compiled(RECORD_SCHEMA);
    private final UploadReading reading;

    /** The decoder with the fast path. */
    public UploadDecoder() {
        this(UploadReading.EVENTS);
    }

    private UploadDecoder(UploadReading reading) {
        this.reading = reading;
    }

    /** The reference decoder: each part through a Saxon tree and the {@code la-upload-decode} stylesheet. */
    public static UploadDecoder withStylesheets() {
        return new UploadDecoder(new UploadStylesheet(Stylesheets.get("la-upload-decode")));
    }

    /**
     * Opens an upload and reads its header. The caller owns (and closes) the stream.
     *
     * @throws UnreadableUploadException when the file is not well-formed, not a {@code File}, or its header
     *                                   cannot be read
     */
    public UploadReader open(InputStream in) {
        return UploadReader.open(in, fileSchema, recordSchema, reading);
    }
}
