package cn.hazedesk.application.port;

import cn.hazedesk.domain.enterprise.Enterprise;

import java.util.List;

/** The bundled, fictional sample list shipped in data/sample/. */
public interface SampleListSource {
    List<Enterprise> load();
}
