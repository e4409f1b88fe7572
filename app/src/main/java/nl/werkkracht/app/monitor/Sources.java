package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.List;

/** The source lines of the datasets the monitor reads. */
final class Sources {

    private Sources() {}

    /** The regional dataset, then the dataset of sector productivities, each when it exists. */
    static List<SourceRef> of(MonitorData data, String... more) {
        var out = new ArrayList<SourceRef>();
        data.source(data.settings().dataset()).ifPresent(out::add);
        data.source(data.settings().productivityDataset()).ifPresent(out::add);
        data.gvaDataset().flatMap(data::source).filter(s -> !out.contains(s)).ifPresent(out::add);
        for (String d : more) {
            data.source(d).filter(s -> !out.contains(s)).ifPresent(out::add);
        }
        return out;
    }
}
