package org.cpis.gateway.codec.xml;

import net.sf.saxon.Configuration;
import net.sf.saxon.lib.ErrorReporter;
import net.sf.saxon.lib.StandardErrorReporter;
import net.sf.saxon.s9api.XmlProcessingError;

/**
 * Saxon's standard error reporter, made when there is first something to report. Saxon makes a reporter for
 * every tree it builds and every run; the standard one opens a buffered writer on the console as it is made,
 * which cost a record upload a third of its allocation. Reports the same, through the configuration's logger.
 */
final class DeferredErrorReporter implements ErrorReporter {

    private final Configuration config;
    private StandardErrorReporter reporter;

    DeferredErrorReporter(Configuration config) {
        this.config = config;
    }

    @Override
    public void report(XmlProcessingError error) {
        if (reporter == null) {
            reporter = new StandardErrorReporter();
            reporter.setLogger(config.getLogger());
        }
        reporter.report(error);
    }
}
