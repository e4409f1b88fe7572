package nl.werkkracht.statdata.occupation;

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
import nl.werkkracht.core.occupation.IscoGroup;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationIndex;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * The occupation data shipped in {@code nl/werkkracht/statdata/occupation/} (see its PROVENANCE.md): the
 * ILO's 2025 generative-AI exposure per ISCO-08 unit group with task scores, the major and sub-major groups
 * with Dutch titles, and Dutch titles of common unit groups. Loaded once (about a second: the workbook holds
 * 9 MB of text).
 */
public final class OccupationData {

    static final String BASE = "/nl/werkkracht/statdata/occupation/";
    /** The ILO workbook's file name. */
    public static final String ILO_FILE = "Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx";

    private static volatile OccupationIndex standard;

    private OccupationData() {}

    /** The shipped index, loaded on first use. */
    public static OccupationIndex standard() {
        OccupationIndex index = standard;
        if (index == null) {
            synchronized (OccupationData.class) {
                index = standard;
                if (index == null) {
                    index = new OccupationIndex(occupations(), groups(), dutchTitles());
                    standard = index;
                }
            }
        }
        return index;
    }

    /** The ILO occupations as read from the shipped workbook. */
    public static List<Occupation> occupations() {
        try (InputStream in = open(ILO_FILE)) {
            return IloGenAiReader.read(ILO_FILE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IscoGroup> groups() {
        var groups = new ArrayList<IscoGroup>();
        for (List<String> f : rows("isco-groups.csv", 3)) {
            groups.add(new IscoGroup(f.get(0), f.get(1), f.get(2)));
        }
        return groups;
    }

    static Map<String, String> dutchTitles() {
        var titles = new LinkedHashMap<String, String>();
        for (List<String> f : rows("isco-titles-nl.csv", 2)) {
            titles.put(f.get(0), f.get(1));
        }
        return titles;
    }

    private static List<List<String>> rows(String name, int fields) {
        var rows = new ArrayList<List<String>>();
        try (var reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = CsvLine.split(line, ',');
                if (f.size() != fields) {
                    throw new IllegalStateException(name + " line " + number + ": expected " + fields + " fields");
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static InputStream open(String name) {
        InputStream in = OccupationData.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + BASE + name);
        }
        return in;
    }
}
