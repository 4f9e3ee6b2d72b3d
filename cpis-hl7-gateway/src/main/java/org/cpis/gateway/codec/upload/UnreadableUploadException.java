package org.cpis.gateway.codec.upload;

import java.util.List;
import java.util.Optional;
import org.cpis.gateway.codec.DecodeException;
import org.cpis.gateway.codec.Problem;

/**
 * An upload file that cannot be read as a whole - not well-formed (CPIS-C001), not a {@code File}
 * (CPIS-C002), a header that breaks the schema (CPIS-C003) or holds an unreal time, refused before reading
 * (CPIS-C004) - so that it gets a file-level acknowledgement (CPF01). Says whether the file's sequence id was
 * read: when it was not, the acknowledgement carries id {@code -1}. Its cause is the {@link DecodeException}
 * with every problem.
 */
public final class UnreadableUploadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sequenceId;

    UnreadableUploadException(List<Problem> problems, String sequenceId) {
        this(new DecodeException(problems), sequenceId);
    }

    private UnreadableUploadException(DecodeException cause, String sequenceId) {
        super(cause.getMessage(), cause);
        this.sequenceId = sequenceId == null || sequenceId.isBlank() ? null : sequenceId;
    }

    /** The problems, the first being the one to answer with. */
    public List<Problem> problems() {
        return ((DecodeException) getCause()).problems();
    }

    /** The first problem's code (CPIS-C00n). */
    public String code() {
        return problems().get(0).code();
    }

    public boolean sequenceIdRead() {
        return sequenceId != null;
    }

    /** The file's sequence id when it could be read. */
    public Optional<String> sequenceId() {
        return Optional.ofNullable(sequenceId);
    }
}
