package org.cpis.gateway.codec.response;

import org.junit.jupiter.api.DisplayName;

/** The Query Response round trips again, encoded by the reference encoder (stylesheets). */
@DisplayName("QueryResponseCodec round trips, reference path (XSD + Saxon XSLT)")
class QueryResponseRoundTripStylesheetTest extends QueryResponseRoundTripTest {

    @Override
    QueryResponseCodec codec() {
        return QueryResponseCodec.withStylesheets();
    }
}
