package cn.hazedesk.ui.common;

import cn.hazedesk.application.port.UiSettings;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableColumnBase;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.Optional;

/**
 * The main window's size and place and the tables' column widths, remembered per data folder ({@link UiSettings}):
 * restored when the window opens (only if the place is still on a screen: a laptop without its second monitor gets
 * the window back where it can be seen), written when it closes.
 */
public final class WindowMemory {
    private final UiSettings settings;

    public WindowMemory(UiSettings settings) {
        this.settings = settings;
    }

    /** Puts the stage where it was last closed, maximised if it was; false when there is no (usable) place to restore. */
    public boolean restore(Stage stage) {
        boolean placed = restorePlace(stage);
        restoreMaximized(stage);
        return placed;
    }

    /** The stage's size and place when last closed; false when there is none or it is off every screen now. */
    public boolean restorePlace(Stage stage) {
        Optional<double[]> b = bounds().filter(r -> !Screen.getScreensForRectangle(r[0], r[1], r[2], r[3]).isEmpty());
        b.ifPresent(r -> {
            stage.setX(r[0]);
            stage.setY(r[1]);
            stage.setWidth(r[2]);
            stage.setHeight(r[3]);
        });
        return b.isPresent();
    }

    /**
     * Maximised if the window was closed maximised, whether or not its normal place is known (a window always used
     * maximised has none: it un-maximises to whatever size was set before).
     */
    public void restoreMaximized(Stage stage) {
        if (settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false)) {
            stage.setMaximized(true);
        }
    }

    /** Remembers the stage's size and place when it is hidden (closed); a maximised window keeps its normal bounds. */
    public void rememberOnClose(Stage stage) {
        stage.setOnHidden(e -> {
            settings.put("window.maximized", String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
                settings.put("window.bounds", stage.getX() + "," + stage.getY() + "," + stage.getWidth() + ","
                        + stage.getHeight());
            }
            settings.save();
        });
    }

    private Optional<double[]> bounds() {
        return settings.get("window.bounds").flatMap(v -> {
            String[] p = v.split(",");
            if (p.length != 4) {
                return Optional.empty();
            }
            try {
                double[] r = new double[4];
                for (int i = 0; i < 4; i++) {
                    r[i] = Double.parseDouble(p[i]);
                }
                return r[2] >= 200 && r[3] >= 150 ? Optional.of(r) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The columns of the table {@code tableId} at their remembered widths (never below a column's minimum), and
     * their widths remembered as the user drags them.
     */
    void columns(String tableId, List<? extends TableColumnBase<?, ?>> leaves) {
        for (int i = 0; i < leaves.size(); i++) {
            TableColumnBase<?, ?> c = leaves.get(i);
            String key = "columns/" + tableId + "/" + i;
            settings.get(key).ifPresent(v -> {
                try {
                    double w = Double.parseDouble(v);
                    if (w >= c.getMinWidth() && w <= 2000) {
                        c.setPrefWidth(w);
                    }
                } catch (NumberFormatException e) {
                    // a width that cannot be read: the column keeps its own
                }
            });
            c.widthProperty().addListener((o, was, now) -> {
                if (now.doubleValue() > 0) {
                    settings.put(key, String.valueOf(Math.round(now.doubleValue())));
                }
            });
        }
    }
}
