package cn.hazedesk.application;

/**
 * A failure the user is told about in a sentence of the message bundles: {@code key} names the message,
 * {@code argument} the culprit (a file, a setting, a table). Never shown as a stack trace.
 */
public class WordedProblem extends RuntimeException {
    private final String key;
    private final String argument;

    public WordedProblem(String key, String argument, Throwable cause) {
        super(key + ": " + argument, cause);
        this.key = key;
        this.argument = argument;
    }

    public String key() {
        return key;
    }

    public String argument() {
        return argument;
    }
}
