package org.cpis.sft.testing;

import java.io.IOException;
import java.io.InputStream;
import org.cpis.sft.body.MessageBodies;

/** Message bodies whose process dies ({@link SimulatedCrash}) when it starts writing the n-th body. */
public final class CrashingBodies implements MessageBodies {

    private final MessageBodies delegate;
    private final int crashOnWrite;
    private int writes;

    public CrashingBodies(MessageBodies delegate, int crashOnWrite) {
        this.delegate = delegate;
        this.crashOnWrite = crashOnWrite;
    }

    @Override
    public StoredBody write(String messageId, InputStream body) throws IOException {
        if (++writes == crashOnWrite) {
            throw new SimulatedCrash("writing body " + writes);
        }
        return delegate.write(messageId, body);
    }

    @Override
    public InputStream open(String messageId) throws IOException {
        return delegate.open(messageId);
    }

    @Override
    public boolean exists(String messageId) {
        return delegate.exists(messageId);
    }

    @Override
    public void delete(String messageId) throws IOException {
        delegate.delete(messageId);
    }
}
