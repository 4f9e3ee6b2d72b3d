package org.cpis.server.cli.la;

import java.io.PrintWriter;
import org.cpis.sft.la.build.Progress;

/**
 * A progress bar on standard error for long work (a bulk build of thousands of children): redrawn in place with a
 * carriage return, at most once per percent, e.g. {@code children [##########          ] 5000/10000}.
 */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private String what = "";
    private long total;
    private int shownPercent = -1;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void start(String stage, long stageTotal) {
        this.what = stage;
        this.total = stageTotal;
        this.shownPercent = -1;
        if (stageTotal > 0) {
            draw(0);
        }
    }

    @Override
    public void advance(long done) {
        if (total <= 0) {
            return;
        }
        int percent = (int) (done * 100 / total);
        if (percent != shownPercent) {
            draw(done);
        }
    }

    @Override
    public void finish() {
        if (total > 0) {
            if (shownPercent != 100) {
                draw(total);
            }
            err.println();
            err.flush();
        }
        total = 0;
    }

    private void draw(long done) {
        shownPercent = (int) (done * 100 / total);
        int filled = (int) (done * WIDTH / total);
        err.print("\r" + what + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }
}
