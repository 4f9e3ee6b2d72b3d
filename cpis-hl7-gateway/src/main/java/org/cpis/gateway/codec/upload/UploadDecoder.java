package org.cpis.gateway.codec.upload;

import java.io.InputStream;
import javax.xml.validation.Schema;
import net.sf.saxon.s9api.XsltExecutable;
import org.cpis.gateway.codec.Stylesheets;
import org.cpis.gateway.codec.WireSchemas;

/**
 * Decodes LA Upload files (REPC_MT000002GB01, root {@code File}) as streams: {@link #open} reads and checks
 * the header and gives an {@link UploadReader} whose records are decoded one at a time. The header is checked
 * against the File schema, each record against the record-level schema ({@code REPC_MT000002GB01.record.xsd})
 * and the decode-level rules. Thread-safe: one instance serves every file.
 */
public final class UploadDecoder {

    static final String FILE_SCHEMA = "REPC_MT000002GB01.xsd";
    static final String RECORD_SCHEMA = "REPC_MT000002GB01.record.xsd";

    private final Schema fileSchema = WireSchemas.instance().compiled(FILE_SCHEMA);
    private final Schema recordSchema = WireSchemas.instance().compiled(RECORD_SCHEMA);
    private final XsltExecutable stylesheet = Stylesheets.get("la-upload-decode");

    /**
     * Opens an upload and reads its header. The caller owns (and closes) the stream.
     *
     * @throws UnreadableUploadException when the file is not well-formed, not a {@code File}, or its header
     *                                   cannot be read
     */
    public UploadReader open(InputStream in) {
        return UploadReader.open(in, fileSchema, recordSchema, stylesheet);
    }
}
