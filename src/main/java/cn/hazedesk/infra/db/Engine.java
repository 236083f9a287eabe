package cn.hazedesk.infra.db;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;

/** The database engine behind a {@link Store}: the data folder's H2 file, or shared mode's PostgreSQL server. */
public enum Engine {
    H2("h2", SQLDialect.H2), POSTGRESQL("postgresql", SQLDialect.POSTGRES);

    private final String vendor;
    private final SQLDialect dialect;

    Engine(String vendor, SQLDialect dialect) {
        this.vendor = vendor;
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** The migrations of this engine: the common ones and the engine's own (PostgreSQL's twins of H2's few). */
    public String[] migrations() {
        return new String[]{Store.MIGRATIONS, "classpath:db/" + vendor + "/migration"};
    }

    /**
     * jOOQ's settings. The classes are generated from H2, which keeps unquoted names in upper case ("ENTERPRISE");
     * PostgreSQL keeps them in lower case, so there the names are rendered in lower case.
     */
    public Settings settings() {
        Settings s = new Settings();
        return this == POSTGRESQL ? s.withRenderNameCase(RenderNameCase.LOWER) : s;
    }
}
