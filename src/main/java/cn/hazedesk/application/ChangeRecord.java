package cn.hazedesk.application;

import java.time.LocalDateTime;

/** One entry of an enterprise's change history: when, who, which field (of which line), old → new. */
public record ChangeRecord(LocalDateTime when, String actor, String field, String lineName, String oldValue,
                           String newValue) {
}
