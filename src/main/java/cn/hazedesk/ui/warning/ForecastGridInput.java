package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.aqi.AqiCalculator;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.warning.ForecastPeriod;
import cn.hazedesk.application.port.ForecastFiles;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.TaskRunner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a whole forecast into the consultation grid at once — a range pasted from a spreadsheet, or the periods read
 * from the meteorological bureau's file — or nothing at all: every value is checked first, and a value that cannot
 * be an AQI (0–500), an area that is not one of the grid's, a date the grid cannot show, is named with its row and
 * column and leaves the grid as it was.
 */
final class ForecastGridInput {
    private final ConsultationViewModel vm;
    private final Messages m;
    private final ForecastFiles forecastFiles;
    private final FileChooserService files;

    /** {@code forecastFiles} and {@code files} may be null: then no file can be read, only pasted. */
    ForecastGridInput(ConsultationViewModel vm, Messages messages, ForecastFiles forecastFiles, FileChooserService files) {
        this.vm = vm;
        this.m = messages;
        this.forecastFiles = forecastFiles;
        this.files = files;
    }

    boolean canReadFile() {
        return forecastFiles != null && files != null;
    }

    private record Read(Optional<String> problem, Map<String, List<ForecastPeriod>> byArea) {
    }

    /** Asks for the forecast file, reads it in the background and puts it into the grid (all of it, or nothing). */
    void readFile(TaskRunner tasks) {
        files.openForecast(m.get("consultation.file.title")).ifPresent(f -> tasks.run(m.get("consultation.file.task"), p -> {
            try {
                return new Read(Optional.empty(), forecastFiles.read(f));
            } catch (ForecastFiles.BadLine e) {
                return new Read(Optional.of(m.get("consultation.file.badLine", f.getFileName(), e.line(),
                        m.get(e.key(), e.value()))), Map.of());
            } catch (java.io.IOException e) {
                return new Read(Optional.of(m.get("consultation.file.unreadable", f.getFileName(),
                        String.valueOf(e.getMessage()))), Map.of());
            }
        }, read -> read.problem().or(() -> fill(read.byArea())).ifPresentOrElse(vm::showProblem,
                    () -> vm.showRead(f.getFileName().toString()))));
    }

    private record Put(ConsultationViewModel.AreaRow area, int slot, String aqi) {
    }

    /**
     * A range copied from a spreadsheet, put in from the cell of area {@code areaIndex} and column {@code slotIndex}
     * on. A first row of dates puts each column under its date (the grid turns to those days, by day); a first
     * column of area names puts each row in its area's row (and replaces that row's values). Returns the problem in
     * words, or empty when the values are in.
     */
    Optional<String> paste(String text, int areaIndex, int slotIndex) {
        List<List<String>> rows = new ArrayList<>(PastedGrid.parse(text).rows());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LocalDate near = vm.firstDayProperty().get() == null ? LocalDate.now() : vm.firstDayProperty().get();
        List<String> top = rows.get(0);
        boolean header = top.stream().anyMatch(c -> PastedGrid.date(c, near).isPresent());
        int firstDataRow = header ? 1 : 0;
        boolean named = rows.stream().skip(firstDataRow).anyMatch(r -> !r.get(0).isEmpty() && !isNumber(r.get(0)));
        int firstValue = named ? 1 : 0;

        List<LocalDate> columnDates = new ArrayList<>();
        LocalDate firstDate = null;
        if (header) {
            for (int c = firstValue; c < top.size(); c++) {
                Optional<LocalDate> d = PastedGrid.date(top.get(c), near);
                if (d.isEmpty() && !top.get(c).isEmpty()) {
                    return problem("consultation.paste.headerDate", 1, c + 1, top.get(c));
                }
                columnDates.add(d.orElse(null));
                if (d.isPresent() && (firstDate == null || d.get().isBefore(firstDate))) {
                    firstDate = d.get();
                }
            }
            LocalDate lastDate = columnDates.stream().filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow();
            long span = ChronoUnit.DAYS.between(firstDate, lastDate) + 1;
            if (span > ConsultationViewModel.MAX_DAYS) {
                return Optional.of(m.get("consultation.paste.tooManyDays", vm.text().format(firstDate),
                        vm.text().format(lastDate), ConsultationViewModel.MAX_DAYS));
            }
        }
        int slotCount = header ? ConsultationViewModel.MAX_DAYS : vm.slots().size();
        List<Put> puts = new ArrayList<>();
        List<ConsultationViewModel.AreaRow> replaced = new ArrayList<>();
        for (int r = firstDataRow; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            ConsultationViewModel.AreaRow area;
            if (named) {
                String name = row.get(0);
                area = vm.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
                if (area == null) {
                    return problem("consultation.paste.area", r + 1, 1, name);
                }
                replaced.add(area);
            } else {
                int index = areaIndex + r - firstDataRow;
                if (index >= vm.areas().size()) {
                    return Optional.of(m.get("consultation.paste.tooLong", rows.size() - firstDataRow,
                            vm.areas().size() - areaIndex));
                }
                area = vm.areas().get(index);
            }
            for (int c = firstValue; c < row.size(); c++) {
                String v = row.get(c);
                int slot;
                if (header) {
                    LocalDate d = c - firstValue < columnDates.size() ? columnDates.get(c - firstValue) : null;
                    if (d == null) {
                        if (v.isEmpty()) {
                            continue;
                        }
                        return problem("consultation.paste.noDate", r + 1, c + 1, v);
                    }
                    slot = (int) ChronoUnit.DAYS.between(firstDate, d);
                } else {
                    slot = (named ? 0 : slotIndex) + c - firstValue;
                    if (slot >= slotCount) {
                        if (v.isEmpty()) {
                            continue;
                        }
                        return Optional.of(m.get("consultation.paste.tooWide", row.size() - firstValue,
                                slotCount - (named ? 0 : slotIndex)));
                    }
                }
                if (!v.isEmpty() && !isAqi(v)) {
                    return problem("consultation.paste.badValue", r + 1, c + 1, v);
                }
                puts.add(new Put(area, slot, v));
            }
        }
        if (header) {
            long days = puts.stream().mapToInt(Put::slot).max().orElse(0) + 1;
            vm.show(firstDate, ConsultationViewModel.Granularity.DAY, (int) days);
        }
        for (ConsultationViewModel.AreaRow a : replaced) {
            a.days().forEach(cell -> set(cell, ""));
        }
        puts.forEach(p -> set(p.area().days().get(p.slot()), p.aqi()));
        return Optional.empty();
    }

    /**
     * The whole forecast read from a file: the grid turns to its days, by the coarsest of day, half-day and hour on
     * which every period of the file falls whole (a 3-hour period fills its three hours), and every area's row is
     * replaced by the file's values (blank where the file has none).
     */
    Optional<String> fill(Map<String, List<ForecastPeriod>> byArea) {
        List<ForecastPeriod> all = byArea.values().stream().flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return Optional.of(m.get("consultation.file.empty"));
        }
        ConsultationViewModel.Granularity g = granularity(all.stream().map(p -> p.start().getHour()).toList(),
                all.stream().map(ForecastPeriod::hours).toList());
        LocalDate first = all.stream().map(p -> p.start().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = all.stream().map(p -> p.end().minusNanos(1).toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        if (span > ConsultationViewModel.MAX_DAYS) {
            return Optional.of(m.get("consultation.paste.tooManyDays", vm.text().format(first), vm.text().format(last),
                    ConsultationViewModel.MAX_DAYS));
        }
        for (String name : byArea.keySet()) {
            if (vm.areas().stream().noneMatch(a -> a.name().equals(name))) {
                return Optional.of(m.get("consultation.file.area", name));
            }
        }
        vm.show(first, g, (int) span);
        for (ConsultationViewModel.AreaRow a : vm.areas()) {
            a.days().forEach(cell -> {
                set(cell, "");
                cell.dust.set(false);
            });
            for (ForecastPeriod p : byArea.getOrDefault(a.name(), List.of())) {
                for (int h = 0; h < p.hours(); h += g.hours()) {
                    java.time.LocalDateTime at = p.start().plusHours(h);
                    int slot = (int) ChronoUnit.DAYS.between(first, at.toLocalDate()) * (24 / g.hours()) + at.getHour() / g.hours();
                    ConsultationViewModel.DayCell cell = a.days().get(slot);
                    set(cell, String.valueOf(p.aqi()));
                    cell.dust.set(p.dust());
                }
            }
        }
        return Optional.empty();
    }

    /** The coarsest granularity on which every period (its start hour and length) falls whole. */
    static ConsultationViewModel.Granularity granularity(List<Integer> startHours, List<Integer> hours) {
        for (ConsultationViewModel.Granularity g : ConsultationViewModel.Granularity.values()) {
            boolean whole = true;
            for (int i = 0; i < hours.size() && whole; i++) {
                whole = startHours.get(i) % g.hours() == 0 && hours.get(i) % g.hours() == 0;
            }
            if (whole) {
                return g;
            }
        }
        return ConsultationViewModel.Granularity.HOUR;
    }

    /**
     * A stored consultation back in the grid: its days, by the coarsest of day, half-day and hour on which each of
     * its periods falls whole (a period longer than a column fills each of its columns), its values, dust flags,
     * concentrations and primary pollutants.
     */
    void stored(Consultation c) {
        LocalDate first = c.days().stream().map(ForecastDay::date).min(LocalDate::compareTo)
                .orElse(vm.firstDayProperty().get());
        LocalDate last = c.days().stream().map(ForecastDay::date).max(LocalDate::compareTo).orElse(first);
        ConsultationViewModel.Granularity g = granularity(c.days().stream().map(ForecastDay::startHour).toList(),
                c.days().stream().map(ForecastDay::hours).toList());
        vm.show(first, g, (int) ChronoUnit.DAYS.between(first, last) + 1);
        for (ConsultationViewModel.AreaRow a : vm.areas()) {
            a.primary.set("");
            a.days().forEach(cell -> {
                set(cell, "");
                cell.dust.set(false);
            });
            for (ConsultationViewModel.Slot slot : vm.slots()) {
                ConsultationViewModel.DayCell cell = a.days().get(slot.index());
                Optional<ForecastDay> f = c.days().stream().filter(x -> x.regionCode().equals(a.code())
                        && x.date().equals(slot.date()) && x.startHour() <= slot.startHour()
                        && slot.startHour() < x.startHour() + x.hours()).findFirst();
                cell.aqi.set(f.map(x -> String.valueOf(x.aqi())).orElse(""));
                cell.dust.set(f.map(ForecastDay::dust).orElse(false));
                cell.concentrations.set(f.map(ForecastDay::concentrations).orElse(""));
                f.filter(x -> !x.primaryPollutant().isEmpty()).ifPresent(x -> a.primary.set(x.primaryPollutant()));
            }
        }
    }

    private static void set(ConsultationViewModel.DayCell cell, String aqi) {
        cell.aqi.set(aqi);
        cell.concentrations.set("");
    }

    private Optional<String> problem(String key, int row, int column, String value) {
        return Optional.of(m.get(key, row, column, value));
    }

    private static boolean isNumber(String s) {
        return s.matches("[0-9]+(\\.[0-9]+)?");
    }

    private static boolean isAqi(String s) {
        if (!s.matches("[0-9]{1,4}")) {
            return false;
        }
        return AqiCalculator.possible(Integer.parseInt(s));
    }
}
