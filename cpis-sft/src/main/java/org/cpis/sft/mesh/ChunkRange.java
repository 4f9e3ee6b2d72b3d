package org.cpis.sft.mesh;

/**
 * The {@code mex-Chunk-Range} of a send, {@code k:n}: chunk {@code k} of {@code n} (MESH-AND-SFT.md 2.8). Both
 * numbers decimal, {@code 0 < k <= n}, and {@code k} the chunk the URL names (1 for the outbox POST); otherwise
 * CPIS-M020 ("InvalidHeaderChunks"). No header on the outbox POST means a message in one piece ({@code 1:1}).
 */
record ChunkRange(int chunk, int total) {

    /** The most chunks a message may announce: 100 GB in 20 MB chunks is 5,000. */
    static final int MAX_CHUNKS = 10_000;

    static ChunkRange of(String header, int urlChunk, String messageId) {
        if (header == null) {
            if (urlChunk == 1) {
                return new ChunkRange(1, 1);
            }
            throw invalid("chunk " + urlChunk + " needs a mex-Chunk-Range header '" + urlChunk + ":<total>'",
                    messageId);
        }
        String[] parts = header.split(":", -1);
        if (parts.length != 2) {
            throw invalid("'" + header + "' is not of the form chunk:total, e.g. 1:3", messageId);
        }
        int chunk;
        int total;
        try {
            chunk = Integer.parseInt(parts[0].strip());
            total = Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException e) {
            throw invalid("'" + header + "': chunk values should be numeric", messageId);
        }
        if (chunk < 1 || chunk > total || total > MAX_CHUNKS) {
            throw invalid("'" + header + "': need 0 < chunk <= total <= " + MAX_CHUNKS, messageId);
        }
        if (chunk != urlChunk) {
            throw invalid("'" + header + "' names chunk " + chunk + " but the request is for chunk " + urlChunk
                    + (urlChunk == 1 ? " (the outbox POST carries chunk 1)" : ""), messageId);
        }
        return new ChunkRange(chunk, total);
    }

    private static MeshFailure invalid(String detail, String messageId) {
        return new MeshFailure(MeshProblem.INVALID_CHUNK_RANGE, detail, messageId);
    }

    String header() {
        return chunk + ":" + total;
    }
}
