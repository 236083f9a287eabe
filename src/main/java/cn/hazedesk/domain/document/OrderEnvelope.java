package cn.hazedesk.domain.document;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What a batch of response orders (企业重污染天气应急响应告知书) shares, around each {@code ResponseOrder}: the
 * number series, the warning's issue time and the response start, who signs, the date and whether it is a drill.
 *
 * <p>Order {@code i} (0-based) of a batch is numbered {@code numberPrefix + (firstSerial + i) + "号"}, e.g.
 * 石环告〔2026〕15号. Null fields are not known yet (orders prepared by level, for planning): the templates print their
 * {@code pending.*} wording instead (e.g. 以预警发布通知为准). {@code issuingOffice} null: the site's default signer
 * (data/documents/common.txt, issuingOffice).
 */
public record OrderEnvelope(String numberPrefix, int firstSerial, LocalDateTime warningIssuedAt,
                            LocalDateTime responseStart, String issuingOffice, LocalDate date, boolean drill) {
    public OrderEnvelope {
        if (date == null) {
            throw new IllegalArgumentException("an order needs its date");
        }
        if (firstSerial < 1) {
            throw new IllegalArgumentException("serial numbers start at 1: " + firstSerial);
        }
    }

    /** Orders prepared by level before any warning: no number, no times, the site's signer. */
    public static OrderEnvelope planning(LocalDate date, boolean drill) {
        return new OrderEnvelope(null, 1, null, null, null, date, drill);
    }

    /**
     * The number of order {@code index} (0-based) of the batch, if the envelope has a number series; {@code end} is
     * the mark that closes a document number (号, data/documents/phrases.txt [numberEnd]).
     */
    public Optional<String> number(int index, String end) {
        return numberPrefix == null || numberPrefix.isBlank() ? Optional.empty()
                : Optional.of(numberPrefix + (firstSerial + index) + end);
    }
}
