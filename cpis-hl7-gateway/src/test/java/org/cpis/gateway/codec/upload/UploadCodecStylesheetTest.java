package org.cpis.gateway.codec.upload;

import org.junit.jupiter.api.DisplayName;

/** Every golden, round-trip and negative upload record test again, against the reference decoder (stylesheets). */
@DisplayName("UploadDecoder records, reference path (XSD + Saxon XSLT)")
class UploadCodecStylesheetTest extends UploadCodecTest {

    @Override
    UploadDecoder decoder() {
        return UploadDecoder.withStylesheets();
    }
}
