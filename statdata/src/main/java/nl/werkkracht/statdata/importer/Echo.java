package nl.werkkracht.statdata.importer;

/**
 * How a message shows text taken from a file: at most {@value #MAX} characters of it, with every control
 * character written as {@code \}{@code u001B}, so that a crafted file cannot send escape sequences to a
 * terminal or a log, nor fill a page with one long field. Every importer quotes a field it refuses with
 * {@link #quote(String)}; {@link ImportException} cleans its whole message once more.
 */
public final class Echo {

    /** The longest part of a field shown in a message. */
    public static final int MAX = 80;

    private Echo() {}

    /** {@code 'text'}, shortened to {@value #MAX} characters with "…" and with control characters escaped. */
    public static String quote(String text) {
        return "'" + shorten(text, MAX) + "'";
    }

    /** The text shortened to {@code max} characters (plus "…") with control characters escaped. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > max ? text.substring(0, max) : text;
        return clean(cut) + (text.length() > max ? "…" : "");
    }

    /** The text with control characters (C0 except none, DEL, C1) escaped as {@code \}{@code uXXXX}. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** C0 control characters, DEL and C1 control characters (U+0080–U+009F, among them CSI U+009B). */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** The name of a control character for messages: {@code U+0000 (NUL)}, {@code U+001B (ESC)}. */
    static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case 0 -> code + " (NUL)";
            case 0x1B -> code + " (ESC)";
            case '\t' -> code + " (tab)";
            default -> code;
        };
    }
}
