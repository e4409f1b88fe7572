package nl.werkkracht.statdata.cbs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of OData resources independent of where they are served: {@code 84419NED/TypedDataSet} for the first
 * page, {@code 83599NED/UntypedDataSet?$skip=10000} for a next link. The key drops the scheme, host, the CBS
 * service roots ({@code ODataApi/odata}, {@code ODataFeed/odata}, {@code CBS}), trailing slashes and
 * {@code $format=json}, so a next link that points at opendata.cbs.nl finds the saved page just as well as
 * one that points at a test server.
 */
final class ODataResource {

    private static final Pattern ABSOLUTE = Pattern.compile("(?i)^https?://[^/]+(/.*)?$");
    private static final Pattern SERVICE_ROOT = Pattern.compile("(?i)^(?:odataapi/odata/|odatafeed/odata/|cbs/)");

    private ODataResource() {}

    /** The normalised key of a relative resource or absolute URL. */
    static String key(String resource) {
        String rest = resource.trim();
        var m = ABSOLUTE.matcher(rest);
        if (m.matches()) {
            rest = m.group(1) == null ? "" : m.group(1);
        }
        rest = stripSlashes(rest);
        rest = SERVICE_ROOT.matcher(rest).replaceFirst("");
        int q = rest.indexOf('?');
        String path = stripSlashes(q < 0 ? rest : rest.substring(0, q));
        String query = q < 0 ? "" : rest.substring(q + 1);
        List<String> params = new ArrayList<>();
        for (String p : query.split("&")) {
            if (!p.isEmpty() && !p.equalsIgnoreCase("$format=json")) {
                params.add(p);
            }
        }
        return params.isEmpty() ? path : path + "?" + String.join("&", params);
    }

    /** The key without its query, for messages: {@code 84419NED/TypedDataSet}. */
    static String label(String resource) {
        String key = key(resource);
        int q = key.indexOf('?');
        return q < 0 ? key : key.substring(0, q);
    }

    /**
     * The file name a saved response has by convention: {@code 80137ned/TableInfos} →
     * {@code 80137ned_TableInfos.json}, {@code 83599NED/UntypedDataSet?$skip=10000} →
     * {@code 83599NED_UntypedDataSet_skip10000.json}.
     */
    static String fileName(String key) {
        var name = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == '/' || c == '?' || c == '&') {
                name.append('_');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '.') {
                name.append(c);
            }
        }
        return name + ".json";
    }

    private static String stripSlashes(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '/') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '/') {
            to--;
        }
        return s.substring(from, to);
    }
}
