package nl.werkkracht.app.monitor;

import org.springframework.web.util.UriComponentsBuilder;

/** Query strings of the monitor's links (pages, exports, API), so that every link keeps the years. */
final class Links {

    private Links() {}

    /** {@code code=…&level=…&year=…&from=…&to=…}, leaving out null parts. */
    static String query(String code, String level, YearWindow w) {
        var b = UriComponentsBuilder.newInstance();
        if (code != null) {
            b.queryParam("code", code);
        }
        if (level != null) {
            b.queryParam("level", level);
        }
        b.queryParam("year", w.year()).queryParam("from", w.from()).queryParam("to", w.to());
        return b.build().encode().getQuery();
    }
}
