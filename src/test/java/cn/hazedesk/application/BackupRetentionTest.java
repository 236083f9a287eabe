package cn.hazedesk.application;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention rule: the 10 newest, the newest of each month, and every backup by hand or before a restore. */
class BackupRetentionTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static BackupInfo backup(String reason, LocalDateTime at) {
        return new BackupInfo(Path.of("hazedesk-" + at + "-" + reason + ".zip"), at.atZone(ZONE).toInstant(), reason, 1000,
                BackupInfo.Status.USABLE, "7", 1, 1, "");
    }

    @Test
    void keepsTheTenNewestTheNewestOfEachMonthAndWhatWasMadeByHand() {
        List<BackupInfo> all = new ArrayList<>();
        // two a day from 1 October to 30 November: daily and exit
        for (LocalDateTime d = LocalDateTime.of(2026, 10, 1, 8, 0); d.isBefore(LocalDateTime.of(2026, 12, 1, 0, 0)); d = d.plusDays(1)) {
            all.add(backup("daily", d));
            all.add(backup("exit", d.plusHours(10)));
        }
        BackupInfo manual = backup("manual", LocalDateTime.of(2026, 10, 3, 9, 0));
        BackupInfo beforeRestore = backup("before-restore", LocalDateTime.of(2026, 10, 4, 9, 0));
        BackupInfo migration = backup("before-v7", LocalDateTime.of(2026, 9, 15, 9, 0));
        all.add(manual);
        all.add(beforeRestore);
        all.add(migration);

        List<BackupInfo> surplus = BackupRetention.surplus(all, ZONE);
        List<BackupInfo> kept = all.stream().filter(b -> !surplus.contains(b)).toList();
        assertThat(kept).hasSize(10 + 2 + 2); // 10 newest (November the newest of its month); newest of October and of September; by hand and before a restore
        assertThat(kept).contains(manual, beforeRestore, migration);
        assertThat(kept).contains(backup("exit", LocalDateTime.of(2026, 10, 31, 18, 0)));
        assertThat(kept).contains(backup("exit", LocalDateTime.of(2026, 11, 30, 18, 0)), backup("daily", LocalDateTime.of(2026, 11, 26, 8, 0)));
        assertThat(kept).doesNotContain(backup("daily", LocalDateTime.of(2026, 11, 25, 8, 0)), backup("exit", LocalDateTime.of(2026, 10, 30, 18, 0)));
    }

    @Test
    void tenOrFewerAreAllKept() {
        List<BackupInfo> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(backup("exit", LocalDateTime.of(2026, 11, 1, 8, 0).plusDays(i)));
        }
        assertThat(BackupRetention.surplus(all, ZONE)).isEmpty();
    }
}
