package cn.hazedesk.ui.warning;

import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.Messages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A time the officer typed in an approval field (yyyy-MM-dd HH:mm, full-width digits allowed): read in the
 * episode's zone, or refused with a message that names the field.
 */
final class TypedTime {
    private final EpisodeSession session;
    private final Messages m;
    private final ZoneId zone;

    TypedTime(EpisodeSession session) {
        this.session = session;
        this.m = session.messages();
        this.zone = session.service().zone();
    }

    /**
     * The time typed in a field; empty when blank and not required; null (after saying why) when it cannot be
     * read or is missing.
     */
    Optional<Instant> parse(String v, String fieldKey, boolean required) {
        String t = v == null ? "" : cn.hazedesk.domain.common.TextNormalizer.toHalfWidth(v).strip();
        if (t.isEmpty()) {
            if (required) {
                session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                        m.get("approval.time.missing", m.get(fieldKey)));
                return null;
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(t, EpisodeText.TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException ex) {
            session.dialogs().error(m.get("episode.refused.title"), m.get("episode.refused.header"),
                    m.get("approval.time.bad", m.get(fieldKey), t));
            return null;
        }
    }
}
