package cn.hazedesk.domain.enterprise;

import java.util.List;
import java.util.Optional;

/** The industries a list may use: the national key industries plus the city's local ones. */
public record IndustryCatalog(List<Industry> industries) {
    public IndustryCatalog {
        industries = List.copyOf(industries);
    }

    public Optional<Industry> byName(String name) {
        return industries.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return industries.stream().map(Industry::name).toList();
    }
}
