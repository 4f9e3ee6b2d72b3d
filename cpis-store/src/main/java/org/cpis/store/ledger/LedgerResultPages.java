package org.cpis.store.ledger;

import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_PLAN;
import static org.cpis.store.jooq.Tables.UPLOAD_RECORD_RESULT;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.cpis.core.upload.RecordResult;
import org.jooq.DSLContext;

/**
 * The record results of one ledger entry, read a page of {@code pageSize} results at a time (one query per page
 * on the primary keys: {@code result_index} in {@code [from, from + pageSize)}, with their plans), so that reading
 * back the acknowledgement of a file of any size holds one page in memory. A page with fewer results than
 * {@code pageSize} is the last. Not thread-safe; used inside the transaction that found the entry.
 */
final class LedgerResultPages implements Iterator<RecordResult> {

    private final DSLContext dsl;
    private final long fileId;
    private final int pageSize;
    private List<RecordResult> page = List.of();
    private int inPage;
    private int nextPageStart;
    private boolean lastPageRead;

    LedgerResultPages(DSLContext dsl, long fileId, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one result");
        }
        this.dsl = dsl;
        this.fileId = fileId;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (inPage < page.size()) {
            return true;
        }
        if (lastPageRead) {
            return false;
        }
        readPage();
        return inPage < page.size();
    }

    @Override
    public RecordResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(inPage++);
    }

    private void readPage() {
        int from = nextPageStart;
        page = RecordResultRows.results(dsl.select()
                .from(UPLOAD_RECORD_RESULT)
                .leftJoin(UPLOAD_RECORD_PLAN).on(UPLOAD_RECORD_PLAN.FILE_ID.eq(UPLOAD_RECORD_RESULT.FILE_ID),
                        UPLOAD_RECORD_PLAN.RESULT_INDEX.eq(UPLOAD_RECORD_RESULT.RESULT_INDEX))
                .where(UPLOAD_RECORD_RESULT.FILE_ID.eq(fileId),
                        UPLOAD_RECORD_RESULT.RESULT_INDEX.ge(from),
                        UPLOAD_RECORD_RESULT.RESULT_INDEX.lt(from + pageSize))
                .orderBy(UPLOAD_RECORD_RESULT.RESULT_INDEX, UPLOAD_RECORD_PLAN.PLAN_INDEX)
                .fetch());
        inPage = 0;
        nextPageStart = from + pageSize;
        lastPageRead = page.size() < pageSize;
    }
}
