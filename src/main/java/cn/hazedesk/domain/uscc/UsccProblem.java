package cn.hazedesk.domain.uscc;

/**
 * Why a code is not a valid USCC. {@code kind} names the rule; the other fields carry its facts,
 * so that the presentation can phrase the reason in the user's language.
 */
public record UsccProblem(Kind kind, int actualLength, int position, char character, char expectedCheck, char actualCheck) {
    public enum Kind { EMPTY, LENGTH, CHARACTER, CHECK_DIGIT }

    static UsccProblem empty() {
        return new UsccProblem(Kind.EMPTY, 0, 0, ' ', ' ', ' ');
    }

    static UsccProblem length(int actual) {
        return new UsccProblem(Kind.LENGTH, actual, 0, ' ', ' ', ' ');
    }

    static UsccProblem character(int position, char c) {
        return new UsccProblem(Kind.CHARACTER, Uscc.LENGTH, position, c, ' ', ' ');
    }

    static UsccProblem checkDigit(char expected, char actual) {
        return new UsccProblem(Kind.CHECK_DIGIT, Uscc.LENGTH, Uscc.LENGTH, actual, expected, actual);
    }
}
