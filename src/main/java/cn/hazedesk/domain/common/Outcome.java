package cn.hazedesk.domain.common;

import java.util.List;
import java.util.function.Function;

/**
 * The result of an action that rules may refuse: accepted with its value, or refused with a {@link Refusal} whose code
 * belongs to the feature's own set (an enum) and whose words come from the message bundles
 * ({@code refusal.<enum>.<code>}), never from the code that refused.
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Refused {
    record Accepted<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Refusal why) implements Outcome<T> {
    }

    /**
     * Why an action was refused: a code of the feature's own set and the facts its words need, and — when the refusal
     * is made of several findings, such as a form's field-by-field problems — those findings as {@code parts}: the
     * feature's own structured records (each with its own code and facts, worded by i18n like the refusal), so a screen
     * can show each one where it belongs. Most refusals have no parts.
     */
    record Refusal(Enum<?> code, List<String> args, List<?> parts) {
        public Refusal {
            args = List.copyOf(args);
            parts = List.copyOf(parts);
        }

        public Refusal(Enum<?> code, List<String> args) {
            this(code, args, List.of());
        }

        public static Refusal of(Enum<?> code, Object... args) {
            return new Refusal(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        /** The same refusal with its findings. */
        public Refusal withParts(List<?> findings) {
            return new Refusal(code, args, findings);
        }

        /** Its findings of one type (e.g. a list edit's ListProblems); empty when it has none. */
        public <P> List<P> parts(Class<P> type) {
            return parts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** The bundle key of its words: refusal.<the code's enum>.<the code>. */
        public String key() {
            return "refusal." + code.getDeclaringClass().getSimpleName() + "." + code.name();
        }
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> refused(Enum<?> code, Object... args) {
        return new Refused<>(Refusal.of(code, args));
    }

    static <T> Outcome<T> refused(Refusal why) {
        return new Refused<>(why);
    }

    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    /** The value; throws when refused (for callers that checked {@link #isAccepted}). */
    default T value() {
        if (this instanceof Accepted<T> a) {
            return a.value();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).why());
    }

    default java.util.Optional<Refusal> refusal() {
        return this instanceof Refused<T> r ? java.util.Optional.of(r.why()) : java.util.Optional.empty();
    }

    default <U> Outcome<U> map(Function<T, U> f) {
        if (this instanceof Accepted<T> a) {
            return new Accepted<>(f.apply(a.value()));
        }
        return new Refused<>(((Refused<T>) this).why());
    }
}
