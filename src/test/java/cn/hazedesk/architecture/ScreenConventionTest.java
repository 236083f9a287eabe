package cn.hazedesk.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every screen is fxml/&lt;feature&gt;/X.fxml with a controller XView and a view model XViewModel beside it. */
class ScreenConventionTest {
    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([\\w.]+)\"");

    @Test
    void everyFxmlHasAViewControllerAndAViewModel() throws IOException {
        List<Path> views;
        try (Stream<Path> files = Files.walk(Path.of("fxml"))) {
            views = files.filter(p -> p.toString().endsWith(".fxml")).toList();
        }
        assertThat(views).hasSizeGreaterThanOrEqualTo(4);
        for (Path fxml : views) {
            assertThat(fxml.getNameCount()).as("%s sits in a feature folder", fxml).isEqualTo(3);
            Matcher m = CONTROLLER.matcher(Files.readString(fxml, StandardCharsets.UTF_8));
            assertThat(m.find()).as("%s names its controller", fxml).isTrue();
            String controller = m.group(1);
            assertThat(controller).as(fxml.toString()).startsWith("cn.hazedesk.ui." + fxml.getName(1) + ".").endsWith("View");
            assertThat(exists(controller)).as(controller).isTrue();
            assertThat(exists(controller + "Model")).as("view model of %s", controller).isTrue();
        }
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, ScreenConventionTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
