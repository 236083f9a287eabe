package cn.hazedesk.domain.document;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.time.LocalDateTime;

/** One step of an episode in the summary report: when, what (e.g. 发布预警, 升级, 解除), the level after, a note. */
public record TimelineRow(LocalDateTime at, String event, WarningLevel level, String note) {
    public TimelineRow {
        note = note == null ? "" : note;
    }
}
