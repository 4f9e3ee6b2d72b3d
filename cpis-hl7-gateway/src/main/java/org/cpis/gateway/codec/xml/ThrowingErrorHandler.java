package org.cpis.gateway.codec.xml;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Parse errors become exceptions for the caller to report; nothing is printed to the console. */
final class ThrowingErrorHandler implements ErrorHandler {

    static final ThrowingErrorHandler INSTANCE = new ThrowingErrorHandler();

    @Override
    public void warning(SAXParseException e) {
        // warnings (none expected from a non-validating parse) are not errors
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }
}
