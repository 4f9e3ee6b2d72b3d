package org.cpis.gateway.codec.upload;

import org.junit.jupiter.api.DisplayName;

/** Every file-level upload test again, against the reference decoder (stylesheets). */
@DisplayName("UploadDecoder files, reference path (XSD + Saxon XSLT)")
class UploadFileLevelStylesheetTest extends UploadFileLevelTest {

    @Override
    UploadDecoder decoder() {
        return UploadDecoder.withStylesheets();
    }
}
