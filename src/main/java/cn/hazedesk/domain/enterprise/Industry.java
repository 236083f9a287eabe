package cn.hazedesk.domain.enterprise;

/** An industry from data/industries.csv; {@code key} marks the national key industries that are graded. */
public record Industry(String name, boolean key) {
}
