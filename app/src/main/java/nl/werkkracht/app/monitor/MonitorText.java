package nl.werkkracht.app.monitor;

import java.util.Locale;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import org.springframework.context.MessageSource;

/**
 * The monitor's words in one language (messages/monitor*.properties): labels, units, notes, and the
 * names of regions and sectors from the code lists (CBS names in Dutch).
 */
final class MonitorText {

    private final MessageSource messages;
    private final Locale locale;

    MonitorText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = isDutch(locale) ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
    }

    private static boolean isDutch(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    /** "nl" or "en": the two languages the monitor speaks; any other falls back to Dutch. */
    String language() {
        return locale.getLanguage().equals("en") ? "en" : "nl";
    }

    Locale locale() {
        return locale;
    }

    boolean dutch() {
        return language().equals("nl");
    }

    /**
     * The message for a key of monitor.properties, with arguments. Whole numbers (years) are passed as
     * text, so that MessageFormat does not group them ("2.017").
     */
    String get(String key, Object... args) {
        if (args.length == 0) {
            return messages.getMessage(key, null, locale);
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? String.valueOf(args[i]) : args[i];
        }
        return messages.getMessage(key, plain, locale);
    }

    String regionName(Region r) {
        return dutch() ? r.nameNl() : r.nameEn();
    }

    String sectorName(MonitorData data, String code) {
        return data.codeLists()
                .sector(code)
                .map(s -> dutch() ? s.nameNl() : s.nameEn())
                .orElse(code);
    }

    /** The label of a catch-up class code. */
    String catchUpClass(String code) {
        return get("monitor.class." + code);
    }

    /** A region with its codes in both classifications and its names. */
    RegionRef ref(MonitorData data, Region r) {
        return new RegionRef(
                r.code(),
                r.level().name(),
                mapCode(r),
                nutsCode(r),
                data.dataCode(r),
                r.nameNl(),
                r.nameEn(),
                regionName(r));
    }

    /**
     * The frontrunner group as one readable reference: the codes joined by commas, the names listed
     * ("koplopers (Groot-Amsterdam, Utrecht)"); a single region is itself.
     */
    RegionRef groupRef(MonitorData data, java.util.List<Region> group) {
        if (group.size() == 1) {
            return ref(data, group.get(0));
        }
        var codes = group.stream().map(Region::code).toList();
        var nl = String.join(", ", group.stream().map(Region::nameNl).toList());
        var en = String.join(", ", group.stream().map(Region::nameEn).toList());
        String label = get("monitor.frontrunner.group", dutch() ? nl : en);
        return new RegionRef(
                String.join(",", codes),
                group.get(0).level().name(),
                null,
                null,
                String.join(",", group.stream().map(data::dataCode).toList()),
                "koplopers (" + nl + ")",
                "frontrunners (" + en + ")",
                label);
    }

    /** The CBS code of the area on the map: PV/CR codes themselves, NUTS-2/3 through their equivalent. */
    static String mapCode(Region r) {
        return switch (r.level()) {
            case PROVINCE, COROP -> r.code();
            case NUTS2, NUTS3 -> r.equivalent().orElse(null);
            default -> null;
        };
    }

    static String nutsCode(Region r) {
        return switch (r.level()) {
            case PROVINCE, COROP, LANDSDEEL -> r.equivalent().orElse(null);
            case EXTRA_REGIO -> null;
            default -> r.code();
        };
    }

    /** The URL parameter of a level (province, corop, nuts2, nuts3). */
    static String levelParam(RegionLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
