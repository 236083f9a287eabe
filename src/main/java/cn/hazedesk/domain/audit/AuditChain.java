package cn.hazedesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The audit trail as a hash chain: every record carries SHA-256 over the previous record's hash and its own
 * canonical content, so that a record edited, deleted or inserted with a database client no longer fits. Someone
 * who can edit the file could recompute the whole chain; what protects against that is the head of the chain
 * written outside the database ({@link #code}: printed on notices, order covers and summary reports, kept in backup
 * manifests) — a printed code that no longer belongs to the chain shows the record was rewritten.
 */
public final class AuditChain {
    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);
    private static final int CODE_HEX = 12;

    private AuditChain() {
    }

    /** What a record says; the hash covers exactly this. */
    public record Entry(long id, LocalDateTime occurredAt, String actor, String action, String subject, String detail,
                        Long episodeId) {
    }

    /** A stored record with its chain columns (null when it was never chained). */
    public record Stored(Entry entry, String previousHash, String hash) {
    }

    /**
     * The content hashed, field by field as {@code <length>:<text>;} so that no two different records read alike
     * (a separator inside a field cannot shift the boundaries).
     */
    public static String canonical(Entry e) {
        StringBuilder b = new StringBuilder(128);
        field(b, Long.toString(e.id()));
        field(b, e.occurredAt().toString());
        field(b, e.actor());
        field(b, e.action());
        field(b, e.subject());
        field(b, e.detail());
        field(b, e.episodeId() == null ? "" : Long.toString(e.episodeId()));
        return b.toString();
    }

    private static void field(StringBuilder b, String value) {
        String v = value == null ? "" : value;
        b.append(v.length()).append(':').append(v).append(';');
    }

    /** SHA-256 of the previous hash and the record's canonical content, as 64 lower-case hex digits. */
    public static String hash(String previousHash, Entry e) {
        MessageDigest d = sha256();
        d.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        d.update((byte) '\n');
        d.update(canonical(e).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    /**
     * {@link #hash} for many records in a row, as the verification does (100,000 at every start): one digest reused,
     * the canonical content fed to it field by field instead of built as one string; the same bytes, the same hash.
     * Not thread-safe: one per verification.
     */
    static final class Hasher {
        private static final byte[] COLON = {':'};
        private static final byte[] SEMICOLON = {';'};
        private final MessageDigest d = sha256();
        private final HexFormat hex = HexFormat.of();

        String hash(String previousHash, Entry e) {
            d.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            d.update((byte) '\n');
            field(Long.toString(e.id()));
            field(e.occurredAt().toString());
            field(e.actor());
            field(e.action());
            field(e.subject());
            field(e.detail());
            field(e.episodeId() == null ? "" : Long.toString(e.episodeId()));
            return hex.formatHex(d.digest());
        }

        // as canonical(): <length in chars>:<text>; — UTF-8 of the parts is UTF-8 of the whole, the separators being ASCII
        private void field(String value) {
            String v = value == null ? "" : value;
            d.update(Integer.toString(v.length()).getBytes(StandardCharsets.US_ASCII));
            d.update(COLON);
            d.update(v.getBytes(StandardCharsets.UTF_8));
            d.update(SEMICOLON);
        }
    }

    /** The code printed on documents for the chain's head: {@code <record id>-<first 12 hex digits of its hash>}. */
    public static String code(long id, String hash) {
        return id + "-" + hash.substring(0, CODE_HEX);
    }

    /** A printed code read back: the record id and the hash prefix; empty when it is not one. */
    public record Code(long id, String hashPrefix) {
        public static Optional<Code> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            int dash = t.indexOf('-');
            if (dash <= 0 || t.length() - dash - 1 < 8) {
                return Optional.empty();
            }
            try {
                long id = Long.parseLong(t.substring(0, dash));
                String prefix = t.substring(dash + 1);
                if (!prefix.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                    return Optional.empty();
                }
                return Optional.of(new Code(id, prefix));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** How a record fails the chain. */
    public enum Break {
        /** The record has no hash: it was added without the program (or before the chain, and not chained). */
        UNCHAINED,
        /** Its content no longer gives its hash: edited. */
        EDITED,
        /** Its "previous hash" is not the hash of the record before it: a record before it was deleted or inserted. */
        GAP_BEFORE,
        /** The chain's recorded head is not the last record: records at the end were deleted. */
        HEAD
    }

    /** The outcome of a verification: whole, or the first record that does not fit and why. */
    public record Verdict(boolean whole, long records, long headId, String headHash, long firstBadId, Break reason) {
        public static Verdict whole(long records, long headId, String headHash) {
            return new Verdict(true, records, headId, headHash, 0, null);
        }

        public static Verdict broken(long records, long id, Break reason) {
            return new Verdict(false, records, 0, null, id, reason);
        }

        public Optional<String> headCode() {
            return whole && headHash != null ? Optional.of(code(headId, headHash)) : Optional.empty();
        }
    }

    /** Checks records streamed in id order; the first break is kept. */
    public static final class Verifier {
        private String previous = GENESIS;
        private long previousId;
        private long count;
        private Verdict broken;
        private final java.util.Map<Long, String> wanted = new java.util.HashMap<>();
        private final Hasher hasher = new Hasher();

        /** Also remember the hash of record {@code id} (to check a printed code against). */
        public Verifier remember(long id) {
            wanted.put(id, null);
            return this;
        }

        public void accept(Stored s) {
            count++;
            if (broken != null) {
                return;
            }
            long id = s.entry().id();
            if (s.hash() == null || s.previousHash() == null) {
                broken = Verdict.broken(count, id, Break.UNCHAINED);
                return;
            }
            if (!s.previousHash().equals(previous)) {
                broken = Verdict.broken(count, id, Break.GAP_BEFORE);
                return;
            }
            if (!hasher.hash(s.previousHash(), s.entry()).equals(s.hash())) {
                broken = Verdict.broken(count, id, Break.EDITED);
                return;
            }
            if (wanted.containsKey(id)) {
                wanted.put(id, s.hash());
            }
            previous = s.hash();
            previousId = id;
        }

        /** The verdict, given the head the store recorded (its last id and hash; 0 and GENESIS when empty). */
        public Verdict result(long headId, String headHash) {
            if (broken != null) {
                return broken;
            }
            if (headId != previousId || !previous.equals(headHash)) {
                return Verdict.broken(count, headId, Break.HEAD);
            }
            return Verdict.whole(count, previousId, count == 0 ? null : previous);
        }

        /** The hash of a remembered record, when it was reached with the chain whole up to it. */
        public Optional<String> hashOf(long id) {
            return Optional.ofNullable(wanted.get(id));
        }
    }
}
