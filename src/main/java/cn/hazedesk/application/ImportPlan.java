package cn.hazedesk.application;

import cn.hazedesk.domain.listimport.CheckedList;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.listimport.ImportPreview;
import cn.hazedesk.domain.listimport.RowProblem;

import java.nio.file.Path;
import java.util.List;

/**
 * A workbook read and checked, with what importing it would do in each mode. Nothing is written yet: the user
 * looks at the problems or the preview, chooses the mode and commits (or not).
 */
public record ImportPlan(Path file, CheckedList checked, ImportPreview merge, ImportPreview replace) {
    public ImportPreview preview(ImportMode mode) {
        return mode == ImportMode.MERGE ? merge : replace;
    }

    public int rows() {
        return checked.rows();
    }

    public List<RowProblem> problems() {
        return checked.problems();
    }

    /** No problem: the workbook may be committed. */
    public boolean clean() {
        return checked.clean();
    }
}
