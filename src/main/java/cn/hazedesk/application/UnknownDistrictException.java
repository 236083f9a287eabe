package cn.hazedesk.application;

/** A district name that is not one of the city's districts (data/regions.csv); {@link #name()} is what was asked. */
public final class UnknownDistrictException extends RuntimeException {
    private final String name;

    public UnknownDistrictException(String name) {
        super("unknown district: " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
