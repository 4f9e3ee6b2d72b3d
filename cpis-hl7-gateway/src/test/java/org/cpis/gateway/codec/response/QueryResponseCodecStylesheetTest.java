package org.cpis.gateway.codec.response;

import org.junit.jupiter.api.DisplayName;

/** Every golden and negative Query Response test again, against the reference encoder (stylesheets). */
@DisplayName("QueryResponseCodec, reference path (XSD + Saxon XSLT)")
class QueryResponseCodecStylesheetTest extends QueryResponseCodecTest {

    @Override
    QueryResponseCodec codec() {
        return QueryResponseCodec.withStylesheets();
    }
}
