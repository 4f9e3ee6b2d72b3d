package org.cpis.sft.la.build;

/**
 * Tells someone watching how far long work has come (a bulk build of thousands of children). The command line
 * draws it as a bar on standard error; tests and cron runs use {@link #NONE}.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void start(String what, long total) {
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void finish() {
        }
    };

    /** A new stage: {@code what} (e.g. "children") of which there are {@code total}. */
    void start(String what, long total);

    /** {@code done} of the stage's total are done. */
    void advance(long done);

    /** The stage is over. */
    void finish();
}
