package nl.werkkracht.statdata.codelist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Municipalities;
import nl.werkkracht.core.codelist.Municipality;
import nl.werkkracht.core.codelist.NutsVersions;
import nl.werkkracht.core.codelist.Place;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.core.codelist.SectorLevel;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * Loads the code lists shipped as data in {@code nl/werkkracht/statdata/codelist/}: {@code regions.csv}
 * (NUTS 2016, CBS provinces, COROP regions, landsdelen and their correspondences), {@code sectors.csv}
 * (NACE Rev.2 / SBI 2008 sections, Eurostat aggregates and divisions), {@code breakdowns.csv} (A10,
 * A21) and {@code aliases.csv} (source codes → canonical codes).
 */
public final class CodeListLoader {

    private static final String BASE = "/nl/werkkracht/statdata/codelist/";
    private static volatile CodeLists standard;

    private CodeListLoader() {}

    /** The shipped code lists, loaded once. */
    public static CodeLists standard() {
        CodeLists lists = standard;
        if (lists == null) {
            synchronized (CodeListLoader.class) {
                lists = standard;
                if (lists == null) {
                    lists = load();
                    standard = lists;
                }
            }
        }
        return lists;
    }

    private static CodeLists load() {
        var regions = new ArrayList<Region>();
        for (List<String> f : rows("regions.csv", 6)) {
            regions.add(new Region(
                    f.get(0),
                    RegionLevel.valueOf(f.get(1)),
                    f.get(2),
                    f.get(3),
                    optional(f.get(4)),
                    optional(f.get(5))));
        }
        var sectors = new ArrayList<Sector>();
        for (List<String> f : rows("sectors.csv", 5)) {
            sectors.add(new Sector(
                    f.get(0),
                    SectorLevel.valueOf(f.get(1)),
                    f.get(2),
                    f.get(3),
                    Arrays.asList(f.get(4).trim().split("\\s+"))));
        }
        var breakdowns = new LinkedHashMap<String, List<String>>();
        for (List<String> f : rows("breakdowns.csv", 2)) {
            breakdowns.put(f.get(0), Arrays.asList(f.get(1).trim().split("\\s+")));
        }
        var aliases = new LinkedHashMap<String, Map<String, String>>();
        for (List<String> f : rows("aliases.csv", 3)) {
            aliases.computeIfAbsent(f.get(0), k -> new LinkedHashMap<>()).put(f.get(1), f.get(2));
        }
        return new CodeLists(regions, sectors, breakdowns, aliases);
    }

    private static Optional<String> optional(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }

    private static volatile NutsVersions nuts;

    /**
     * The NUTS 2016/2021/2024 codes of the Netherlands with the kind of each change ({@code nuts-nl.csv}).
     */
    public static NutsVersions nutsVersions() {
        NutsVersions n = nuts;
        if (n == null) {
            var entries = new ArrayList<NutsVersions.Entry>();
            for (List<String> f : rows("nuts-nl.csv", 6)) {
                entries.add(new NutsVersions.Entry(
                        f.get(0),
                        f.get(1),
                        f.get(2),
                        RegionLevel.valueOf(f.get(3)),
                        NutsVersions.Change.valueOf(f.get(4)),
                        f.get(5)));
            }
            n = new NutsVersions(entries);
            nuts = n;
        }
        return n;
    }

    /** The shipped municipality and place file (CBS 2024 division, see its PROVENANCE.txt). */
    public static final String MUNICIPALITIES = "gemeente-corop-2024/woningwaardering_corop.generated.csv";

    private static volatile Municipalities municipalities;

    /**
     * The municipalities and places of the CBS 2024 division with their COROP region ({@value #MUNICIPALITIES}):
     * the file's four-digit municipality code becomes {@code GM0153}, its two-digit COROP code {@code CR12}.
     */
    public static Municipalities municipalities() {
        Municipalities m = municipalities;
        if (m == null) {
            var byCode = new LinkedHashMap<String, Municipality>();
            var places = new ArrayList<Place>();
            for (List<String> f : rows(MUNICIPALITIES, 6)) {
                String gm = "GM" + f.get(2).strip();
                Municipality municipality =
                        new Municipality(gm, f.get(3).strip(), "CR" + f.get(4).strip());
                Municipality before = byCode.putIfAbsent(gm, municipality);
                if (before != null && !before.equals(municipality)) {
                    throw new IllegalStateException(MUNICIPALITIES + ": municipality " + gm + " is written as " + before
                            + " and as " + municipality);
                }
                places.add(new Place(f.get(0).strip(), f.get(1).strip(), gm));
            }
            m = new Municipalities(byCode.values(), places);
            municipalities = m;
        }
        return m;
    }

    private static List<List<String>> rows(String file, int columns) {
        InputStream in = CodeListLoader.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("code list " + file + " is missing from the classpath");
        }
        var out = new ArrayList<List<String>>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = CsvLine.split(line, ',');
                if (fields.size() != columns) {
                    throw new IllegalStateException(
                            file + " line " + number + ": expected " + columns + " fields, got " + fields.size());
                }
                out.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
