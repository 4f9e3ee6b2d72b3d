package org.cpis.sft.la.build;

import java.util.Set;

/**
 * How a build runs.
 *
 * @param full             send every child CP-IS still shows again, changed or not (e.g. after CP-IS lost data)
 * @param resendChildren   local ids of children to send again, changed or not (e.g. after PDS was corrected)
 * @param resendFiles      sequence ids of upload files whose children are to be sent again (e.g. after a file-level
 *                         error)
 * @param allowEmptyExport accept an export without children although children were sent before: every child's open
 *                         plans are then ended
 */
public record BuildOptions(boolean full, Set<String> resendChildren, Set<String> resendFiles,
                           boolean allowEmptyExport) {

    public static final BuildOptions CHANGES_ONLY = new BuildOptions(false, Set.of(), Set.of(), false);

    public BuildOptions {
        resendChildren = Set.copyOf(resendChildren);
        resendFiles = Set.copyOf(resendFiles);
    }

    /** The same options with more children to send again. */
    public BuildOptions withResendChildren(Set<String> more) {
        java.util.Set<String> all = new java.util.HashSet<>(resendChildren);
        all.addAll(more);
        return new BuildOptions(full, all, resendFiles, allowEmptyExport);
    }
}
