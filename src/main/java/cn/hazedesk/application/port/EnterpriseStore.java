package cn.hazedesk.application.port;

import cn.hazedesk.application.ListSummary;
import cn.hazedesk.domain.enterprise.Enterprise;

import java.util.List;

/** The stored emergency-reduction list. */
public interface EnterpriseStore {
    ListSummary summary();

    /** Inserts enterprises with their lines and measures; {@code sample} marks them as bundled sample data. */
    void insertAll(List<Enterprise> enterprises, boolean sample);

    /** Deletes the enterprises marked as sample data (with their lines); returns how many. */
    int deleteSample();
}
