package nl.werkkracht.statdata.occupation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an Office Open XML workbook (.xlsx) into rows of cell text, with the JDK
 * only (zip + StAX): shared strings and inline strings as text, numbers as the text Excel stored
 * ({@code 7.0000000000000007E-2}). Enough for published data files; formulas' cached values are read,
 * styles and dates are not interpreted.
 */
final class XlsxSheet {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";

    private XlsxSheet() {}

    /**
     * @return the rows in order; each row maps the column letters ("A", "N") to the cell's text, empty cells
     *     absent; the 1-based row number is the list index + 1 only when no row is skipped, so each row
     *     carries its own number
     */
    static List<Row> read(InputStream workbook) throws IOException, XMLStreamException {
        List<String> strings = null;
        byte[] sheet = null;
        try (var zip = new ZipInputStream(workbook)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(STRINGS)) {
                    strings = sharedStrings(new ByteArrayInputStream(zip.readAllBytes()));
                } else if (entry.getName().equals(SHEET)) {
                    sheet = zip.readAllBytes();
                }
            }
        }
        if (sheet == null) {
            throw new IOException("the workbook has no " + SHEET + " (is it an .xlsx file?)");
        }
        return rows(new ByteArrayInputStream(sheet), strings == null ? List.of() : strings);
    }

    /** One row of the sheet. */
    record Row(long number, Map<String, String> cells) {
        String cell(String column) {
            return cells.get(column);
        }
    }

    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in, "UTF-8");
    }

    private static List<String> sharedStrings(InputStream in) throws XMLStreamException {
        var strings = new ArrayList<String>();
        XMLStreamReader xml = reader(in);
        StringBuilder current = null;
        boolean inText = false;
        boolean inPhonetic = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> inPhonetic = true;
                    case "t" -> inText = !inPhonetic;
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> strings.add(current.toString());
                    case "rPh" -> inPhonetic = false;
                    case "t" -> inText = false;
                    default -> {}
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                current.append(xml.getText());
            }
        }
        return strings;
    }

    private static List<Row> rows(InputStream in, List<String> strings) throws XMLStreamException {
        var rows = new ArrayList<Row>();
        XMLStreamReader xml = reader(in);
        Map<String, String> cells = null;
        long rowNumber = 0;
        String column = null;
        String type = null;
        StringBuilder value = null;
        boolean inValue = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        cells = new LinkedHashMap<>();
                        String r = xml.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    }
                    case "c" -> {
                        column = letters(xml.getAttributeValue(null, "r"));
                        type = xml.getAttributeValue(null, "t");
                        value = new StringBuilder();
                    }
                    case "v", "t" -> inValue = true;
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> rows.add(new Row(rowNumber, cells));
                    case "c" -> {
                        String text = value.toString();
                        if ("s".equals(type) && !text.isEmpty()) {
                            text = strings.get(Integer.parseInt(text.strip()));
                        }
                        if (!text.isEmpty()) {
                            cells.put(column, text);
                        }
                    }
                    case "v", "t" -> inValue = false;
                    default -> {}
                }
            } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                value.append(xml.getText());
            }
        }
        return rows;
    }

    private static String letters(String reference) {
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            i++;
        }
        return reference.substring(0, i);
    }
}
