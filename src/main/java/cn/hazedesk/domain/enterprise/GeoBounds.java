package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;

/** Coordinates a list may hold: China's extent in decimal degrees (WGS-84 / GCJ-02 alike at this precision). */
public final class GeoBounds {
    public static final BigDecimal MIN_LONGITUDE = new BigDecimal("73.4");
    public static final BigDecimal MAX_LONGITUDE = new BigDecimal("135.1");
    public static final BigDecimal MIN_LATITUDE = new BigDecimal("3.8");
    public static final BigDecimal MAX_LATITUDE = new BigDecimal("53.6");

    private GeoBounds() {
    }
}
