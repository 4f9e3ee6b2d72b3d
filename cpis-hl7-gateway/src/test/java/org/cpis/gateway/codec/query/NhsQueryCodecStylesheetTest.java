package org.cpis.gateway.codec.query;

import org.junit.jupiter.api.DisplayName;

/** Every golden and negative NHS Query test again, against the reference decoder (stylesheets). */
@DisplayName("NhsQueryCodec, reference path (XSD + Saxon XSLT)")
class NhsQueryCodecStylesheetTest extends NhsQueryCodecTest {

    @Override
    NhsQueryCodec codec() {
        return NhsQueryCodec.withStylesheets();
    }
}
