package cn.hazedesk.ui.list;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The enterprise's own fields in the editor, as the user types them (text until saved): shown from a stored
 * enterprise, and written as the list's cells so that the list's own parser reads them (see
 * {@link EnterpriseEditorViewModel}). Its lines are {@link LineEditModel}s.
 */
final class EnterpriseFields {
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty uscc = new SimpleStringProperty("");
    final ObjectProperty<Choice<Region>> district = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<String>> industry = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<PerformanceGrade>> grade = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<ControlType>> controlType = new SimpleObjectProperty<>();
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty longitude = new SimpleStringProperty("");
    final StringProperty latitude = new SimpleStringProperty("");
    final StringProperty contact = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty permitNumber = new SimpleStringProperty("");
    final StringProperty permitManagement = new SimpleStringProperty("");
    final BooleanProperty bulkTransport = new SimpleBooleanProperty(false);
    final StringProperty trucks = new SimpleStringProperty("");
    final StringProperty truckStandard = new SimpleStringProperty("");

    List<Property<?>> properties() {
        return List.of(name, uscc, district, industry, grade, controlType, address, longitude, latitude, contact, phone,
                permitNumber, permitManagement, bulkTransport, trucks, truckStandard);
    }

    /** Shows a stored enterprise's fields; an industry the catalogue does not name is added to the choices. */
    void show(Enterprise e, List<Choice<Region>> districtChoices, List<Choice<String>> industryChoices,
              List<Choice<PerformanceGrade>> gradeChoices, List<Choice<ControlType>> controlTypeChoices) {
        name.set(e.name());
        uscc.set(e.uscc());
        district.set(districtChoices.stream().filter(c -> c.value().code().equals(e.districtCode())).findFirst().orElse(null));
        Choice<String> ind = choice(industryChoices, e.industry());
        if (ind == null) {
            ind = new Choice<>(e.industry(), e.industry());
            industryChoices.add(ind);
        }
        industry.set(ind);
        grade.set(choice(gradeChoices, e.grade()));
        controlType.set(choice(controlTypeChoices, e.controlType()));
        address.set(nz(e.address()));
        longitude.set(plain(e.longitude()));
        latitude.set(plain(e.latitude()));
        contact.set(nz(e.contactName()));
        phone.set(nz(e.contactPhone()));
        permitNumber.set(nz(e.permitNumber()));
        permitManagement.set(nz(e.permitManagement()));
        bulkTransport.set(e.bulkTransport());
        trucks.set(e.transportTrucks() == null ? "" : e.transportTrucks().toString());
        truckStandard.set(nz(e.minTruckStandard()));
    }

    /**
     * The fields as list cells: the choices written as the list writes them (in the parser's own words), the
     * rest as typed.
     */
    Map<ListField, String> cells(cn.hazedesk.domain.listimport.ListVocabulary words) {
        Map<ListField, String> cells = new EnumMap<>(ListField.class);
        cells.put(ListField.NAME, name.get());
        cells.put(ListField.USCC, uscc.get());
        cells.put(ListField.DISTRICT, district.get() == null ? "" : district.get().value().code());
        cells.put(ListField.INDUSTRY, industry.get() == null ? "" : industry.get().value());
        cells.put(ListField.GRADE, grade.get() == null ? "" : words.values().word(grade.get().value()));
        cells.put(ListField.CONTROL_TYPE, controlType.get() == null ? "" : words.values().word(controlType.get().value()));
        cells.put(ListField.ADDRESS, address.get());
        cells.put(ListField.LONGITUDE, longitude.get());
        cells.put(ListField.LATITUDE, latitude.get());
        cells.put(ListField.CONTACT, contact.get());
        cells.put(ListField.PHONE, phone.get());
        cells.put(ListField.PERMIT_NUMBER, permitNumber.get());
        cells.put(ListField.PERMIT_MANAGEMENT, permitManagement.get());
        cells.put(ListField.BULK_TRANSPORT, words.values().yesNoWord(bulkTransport.get()));
        cells.put(ListField.TRUCKS, trucks.get());
        cells.put(ListField.TRUCK_STANDARD, truckStandard.get());
        return cells;
    }

    static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst().orElse(null);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
