package cn.hazedesk.domain.reduction;

import cn.hazedesk.domain.enterprise.Enterprise.Pollutant;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Annual emission totals (tonnes) per region code and pollutant from the city's inventory
 * (data/emission-inventory.csv); empty when the city has not given one.
 */
public record EmissionInventory(Map<String, Map<Pollutant, BigDecimal>> annualTonnes) {
    public EmissionInventory {
        annualTonnes = Map.copyOf(annualTonnes);
    }

    public static EmissionInventory none() {
        return new EmissionInventory(Map.of());
    }

    public Optional<BigDecimal> annual(String regionCode, Pollutant p) {
        Map<Pollutant, BigDecimal> m = annualTonnes.get(regionCode);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(p));
    }
}
