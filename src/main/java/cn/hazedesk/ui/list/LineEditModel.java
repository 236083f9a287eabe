package cn.hazedesk.ui.list;

import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One production line in the editor, as the user types it (text until saved). */
public final class LineEditModel {
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty process = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("");
    final StringProperty coking = new SimpleStringProperty("");
    final StringProperty so2 = new SimpleStringProperty("");
    final StringProperty nox = new SimpleStringProperty("");
    final StringProperty pm = new SimpleStringProperty("");
    final StringProperty vocs = new SimpleStringProperty("");
    final Map<WarningLevel, ObjectProperty<Choice<MeasureType>>> type = new EnumMap<>(WarningLevel.class);
    final Map<WarningLevel, StringProperty> fraction = new EnumMap<>(WarningLevel.class);
    final Map<WarningLevel, StringProperty> text = new EnumMap<>(WarningLevel.class);

    LineEditModel(Choice<MeasureType> noType) {
        for (WarningLevel l : WarningLevel.values()) {
            type.put(l, new SimpleObjectProperty<>(noType));
            fraction.put(l, new SimpleStringProperty(""));
            text.put(l, new SimpleStringProperty(""));
        }
    }

    List<Property<?>> properties() {
        List<Property<?>> all = new ArrayList<>(List.of(name, process, capacity, coking, so2, nox, pm, vocs));
        for (WarningLevel l : WarningLevel.values()) {
            all.add(type.get(l));
            all.add(fraction.get(l));
            all.add(text.get(l));
        }
        return all;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty processProperty() { return process; }
    public StringProperty capacityProperty() { return capacity; }
    public StringProperty cokingProperty() { return coking; }
    public StringProperty so2Property() { return so2; }
    public StringProperty noxProperty() { return nox; }
    public StringProperty pmProperty() { return pm; }
    public StringProperty vocsProperty() { return vocs; }
    public ObjectProperty<Choice<MeasureType>> typeProperty(WarningLevel l) { return type.get(l); }
    public StringProperty fractionProperty(WarningLevel l) { return fraction.get(l); }
    public StringProperty textProperty(WarningLevel l) { return text.get(l); }

    @Override
    public String toString() {
        return name.get();
    }
}
