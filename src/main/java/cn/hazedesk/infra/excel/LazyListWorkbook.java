package cn.hazedesk.infra.excel;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.ListWorkbook;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.region.RegionCatalog;

import java.nio.file.Path;
import java.util.List;

/** Creates the POI workbook on first use, so that starting the app loads no POI class (a shorter start-up). */
public final class LazyListWorkbook implements ListWorkbook {
    private final RegionCatalog regions;
    private final cn.hazedesk.domain.listimport.ListVocabulary words;
    private volatile ListWorkbook delegate;

    public LazyListWorkbook(RegionCatalog regions, cn.hazedesk.domain.listimport.ListVocabulary words) {
        this.regions = regions;
        this.words = words;
    }

    private ListWorkbook delegate() {
        ListWorkbook d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = new PoiListWorkbook(regions, words);
                }
                d = delegate;
            }
        }
        return d;
    }

    @Override
    public void read(Path file, RowSink sink, ProgressListener progress, CancelToken cancel) {
        delegate().read(file, sink, progress, cancel);
    }

    @Override
    public void write(Path file, List<Enterprise> enterprises, ProgressListener progress) {
        delegate().write(file, enterprises, progress);
    }

    @Override
    public void writeTemplate(Path file, List<String> notes) {
        delegate().writeTemplate(file, notes);
    }
}
