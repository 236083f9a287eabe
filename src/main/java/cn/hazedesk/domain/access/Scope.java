package cn.hazedesk.domain.access;

/** Where a user may act: the whole city ({@code districtCode} null) or one district. */
public record Scope(String districtCode) {
    public static final Scope CITY = new Scope(null);

    public static Scope district(String code) {
        return new Scope(code);
    }

    public boolean city() {
        return districtCode == null;
    }

    /** True when the scope covers the district ({@code null} district: something of the whole city). */
    public boolean covers(String district) {
        return city() || (district != null && district.equals(districtCode));
    }
}
