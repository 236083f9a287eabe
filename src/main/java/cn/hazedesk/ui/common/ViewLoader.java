package cn.hazedesk.ui.common;

import cn.hazedesk.i18n.Messages;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads an FXML view from the top-level fxml/ folder (on the classpath as /fxml/...) with the user's bundle.
 * Controllers come from the given factory, which the composition root fills by constructor injection.
 */
public final class ViewLoader {
    private final Messages messages;
    private final java.util.function.Predicate<cn.hazedesk.domain.access.Action> may;
    private final WindowMemory memory;

    public ViewLoader(Messages messages) {
        this(messages, a -> true, null);
    }

    /**
     * {@code may}: what the signed-in user may do; controls of other actions are hidden ({@link RoleGate});
     * {@code memory} (may be null): the tables' remembered column widths.
     */
    public ViewLoader(Messages messages, java.util.function.Predicate<cn.hazedesk.domain.access.Action> may,
                      WindowMemory memory) {
        this.messages = messages;
        this.may = may;
        this.memory = memory;
    }

    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(String fxml, Callback<Class<?>, Object> controllers) {
        URL url = ViewLoader.class.getResource("/fxml/" + fxml);
        if (url == null) {
            throw new IllegalStateException("FXML view not found: fxml/" + fxml);
        }
        FXMLLoader loader = new FXMLLoader(url, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            RoleGate.apply(root, may);
            TableDefaults.apply(root, messages.get("table.empty"), memory);
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load fxml/" + fxml, e);
        }
    }

    public Messages messages() {
        return messages;
    }
}
