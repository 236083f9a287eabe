package cn.hazedesk.domain.aqi;

import java.math.BigDecimal;

/**
 * One pollutant's sub-index. {@code concentration} is the value after GB/T 8170 rounding;
 * {@code capped} is true when it lay above the table's top breakpoint and the index was held at its maximum.
 */
public record Iaqi(Pollutant pollutant, BigDecimal concentration, int value, boolean capped) {
}
