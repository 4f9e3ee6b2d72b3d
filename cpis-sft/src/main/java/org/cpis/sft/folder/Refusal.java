package org.cpis.sft.folder;

import org.cpis.sft.control.ControlFileException;
import org.cpis.sft.control.ControlFileProblem;

/**
 * Why one pair was not taken, as its report says it: the code, the MESH status code (or null), what exactly is
 * wrong, and what the Local Authority should do.
 */
record Refusal(String code, String meshStatus, String whatIsWrong, String whatToDo) {

    static Refusal of(FolderProblem problem, String whatIsWrong) {
        return new Refusal(problem.code(), problem.meshStatus(), whatIsWrong, problem.fix());
    }

    static Refusal of(FolderProblem problem, String whatIsWrong, String whatToDo) {
        return new Refusal(problem.code(), problem.meshStatus(), whatIsWrong, whatToDo);
    }

    static Refusal of(ControlFileException e) {
        String where = e.element() == null ? "the control file" : "the control file's " + e.element();
        return new Refusal(e.problem().code(), ControlFileProblem.MESH_STATUS,
                e.problem().meaning() + ": " + where + ": " + e.detail(), e.problem().fix());
    }
}
