package org.cpis.sft.la.check;

import org.cpis.sft.la.LaCode;

/**
 * One problem of an upload file, in words.
 *
 * @param position the record's position in the file, 0 for the file itself (header, the LA's details)
 * @param localId  the child's local id when the record names one
 */
public record CheckFinding(int position, String localId, LaCode code, String message) {

    public String describe() {
        return code.code() + " " + message;
    }
}
