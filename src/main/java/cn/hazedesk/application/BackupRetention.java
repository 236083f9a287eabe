package cn.hazedesk.application;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups are kept: the {@value #NEWEST} newest, the newest of every calendar month, and every backup made by
 * hand or taken before a restore (those are removed only by hand). The others are surplus and are deleted after a
 * new backup has been written and checked.
 */
public final class BackupRetention {
    public static final int NEWEST = 10;

    private BackupRetention() {
    }

    public static List<BackupInfo> surplus(List<BackupInfo> all, ZoneId zone) {
        List<BackupInfo> automatic = new ArrayList<>();
        for (BackupInfo b : all) {
            if (!BackupService.MANUAL.equals(b.reason()) && !BackupService.BEFORE_RESTORE.equals(b.reason())) {
                automatic.add(b);
            }
        }
        automatic.sort(Comparator.comparing(BackupInfo::createdAt).reversed());
        Set<YearMonth> months = new HashSet<>();
        List<BackupInfo> out = new ArrayList<>();
        for (int i = 0; i < automatic.size(); i++) {
            BackupInfo b = automatic.get(i);
            boolean newestOfMonth = months.add(YearMonth.from(b.createdAt().atZone(zone)));
            if (i >= NEWEST && !newestOfMonth) {
                out.add(b);
            }
        }
        return out;
    }
}
