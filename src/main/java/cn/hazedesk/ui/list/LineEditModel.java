package cn.hazedesk.ui.list;

import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.ValueParser;
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

import static cn.hazedesk.ui.list.EnterpriseFields.choice;
import static cn.hazedesk.ui.list.EnterpriseFields.nz;
import static cn.hazedesk.ui.list.EnterpriseFields.plain;

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

    /** Shows a stored line; a level without a measure type shows {@code noType}. */
    void show(ProductionLine l, Choice<MeasureType> noType, List<Choice<MeasureType>> typeChoices) {
        name.set(l.name());
        process.set(nz(l.process()));
        capacity.set(nz(l.capacity()));
        coking.set(plain(l.designCokingHours()));
        so2.set(plain(l.so2Tonnes()));
        nox.set(plain(l.noxTonnes()));
        pm.set(plain(l.pmTonnes()));
        vocs.set(plain(l.vocsTonnes()));
        for (LevelMeasure lm : l.measures()) {
            type.get(lm.level()).set(lm.type() == null ? noType : choice(typeChoices, lm.type()));
            fraction.get(lm.level()).set(lm.fraction() == null ? "" : ValueParser.percent(lm.fraction()));
            text.get(lm.level()).set(nz(lm.text()));
        }
    }

    /** The line as list cells, the measure types written as the list writes them. */
    /** The line as list cells, its measure types written in the parser's own words. */
    Map<ListField, String> cells(cn.hazedesk.domain.enterprise.ListWords words) {
        Map<ListField, String> line = new EnumMap<>(ListField.class);
        line.put(ListField.LINE_NAME, name.get());
        line.put(ListField.PROCESS, process.get());
        line.put(ListField.CAPACITY, capacity.get());
        line.put(ListField.DESIGN_COKING_HOURS, coking.get());
        line.put(ListField.SO2, so2.get());
        line.put(ListField.NOX, nox.get());
        line.put(ListField.PM, pm.get());
        line.put(ListField.VOCS, vocs.get());
        for (WarningLevel level : WarningLevel.values()) {
            Choice<MeasureType> t = type.get(level).get();
            line.put(ListField.typeField(level), t == null || t.value() == null ? "" : words.word(t.value()));
            line.put(ListField.fractionField(level), fraction.get(level).get());
            line.put(ListField.textField(level), text.get(level).get());
        }
        return line;
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
