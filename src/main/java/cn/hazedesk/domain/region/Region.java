package cn.hazedesk.domain.region;

/** An administrative area (GB/T 2260 code): the city, or one of its districts and counties. */
public record Region(String code, String name, Level level) {
    public enum Level { CITY, DISTRICT }

    public Region {
        if (code == null || !code.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must be six digits: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("region name is empty");
        }
    }
}
