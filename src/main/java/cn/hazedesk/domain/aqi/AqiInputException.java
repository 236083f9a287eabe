package cn.hazedesk.domain.aqi;

/** A concentration the standard cannot turn into an index (negative, or O3_8h above 800 under HJ 633-2012). */
public class AqiInputException extends IllegalArgumentException {
    public enum Reason { NEGATIVE, O3_8H_ABOVE_800_NEEDS_1H }

    private final Pollutant pollutant;
    private final Reason reason;

    public AqiInputException(Pollutant pollutant, Reason reason) {
        super(pollutant.label() + ": " + reason);
        this.pollutant = pollutant;
        this.reason = reason;
    }

    public Pollutant pollutant() {
        return pollutant;
    }

    public Reason reason() {
        return reason;
    }
}
