package nl.werkkracht.core.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Basque Country panel of Abadie and Gardeazabal (2003) as shipped by R's Synth ({@code
 * worked-examples/synth/basque/}, see its PROVENANCE.txt): 18 Spanish regions, 1955-1997.
 */
final class BasqueData {

    static final String BASQUE = "Basque Country (Pais Vasco)";
    static final String SPAIN = "Spain (Espana)";
    static final String CATALONIA = "Cataluna";
    static final String MADRID = "Madrid (Comunidad De)";

    private final Map<String, Map<String, Map<Integer, Double>>> columns = new LinkedHashMap<>();
    private final List<String> regions = new ArrayList<>();

    private BasqueData() {}

    static BasqueData load() {
        BasqueData data = new BasqueData();
        try (InputStream in = BasqueData.class.getResourceAsStream("/worked-examples/synth/basque/basque_data.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",", -1);
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                String region = f[1];
                if (!data.regions.contains(region)) {
                    data.regions.add(region);
                }
                int year = (int) Double.parseDouble(f[2]);
                for (int c = 3; c < header.length; c++) {
                    if (!f[c].isEmpty()) {
                        data.columns
                                .computeIfAbsent(header[c], k -> new LinkedHashMap<>())
                                .computeIfAbsent(region, k -> new TreeMap<>())
                                .put(year, Double.parseDouble(f[c]));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    Panel panel(String column) {
        return Panel.of(column, columns.get(column));
    }

    /** Regions 2-16 and 18 of Synth's example: every region but Spain as a whole and the Basque Country. */
    List<String> donors() {
        return regions.stream()
                .filter(r -> !r.equals(SPAIN) && !r.equals(BASQUE))
                .toList();
    }

    List<String> regions() {
        return List.copyOf(regions);
    }

    /**
     * The predictors of Synth's {@code dataprep} example, including its transformation: schooling means over
     * 1964-1969 with the two highest levels combined and turned into percentages of the total, investment
     * 1964-1969, GDP per capita 1960-1969, the six sector shares over the odd years 1961-1969 and population
     * density in 1969.
     */
    List<Predictor> synthExamplePredictors() {
        List<Predictor> ps = new ArrayList<>();
        Map<String, double[]> school = new LinkedHashMap<>();
        String[] levels = {"school.illit", "school.prim", "school.med", "school.high", "school.post.high"};
        for (int l = 0; l < levels.length; l++) {
            Predictor mean = Predictor.mean(panel(levels[l]), 1964, 1969);
            for (var e : mean.values().entrySet()) {
                school.computeIfAbsent(e.getKey(), k -> new double[4])[Math.min(l, 3)] += e.getValue();
            }
        }
        String[] names = {"school.illit", "school.prim", "school.med", "school.high"};
        for (int l = 0; l < 4; l++) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (var e : school.entrySet()) {
                double[] v = e.getValue();
                shares.put(e.getKey(), 100 * v[l] / (v[0] + v[1] + v[2] + v[3]));
            }
            ps.add(new Predictor(names[l], shares));
        }
        ps.add(Predictor.mean(panel("invest"), 1964, 1969));
        ps.add(Predictor.mean(panel("gdpcap"), 1960, 1969));
        for (String sector : new String[] {
            "sec.agriculture",
            "sec.energy",
            "sec.industry",
            "sec.construction",
            "sec.services.venta",
            "sec.services.nonventa"
        }) {
            ps.add(Predictor.mean(panel(sector), 1961, 1969));
        }
        ps.add(Predictor.mean(panel("popdens"), 1969, 1969));
        return ps;
    }

    static List<Integer> years(int from, int to) {
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(y);
        }
        return years;
    }
}
