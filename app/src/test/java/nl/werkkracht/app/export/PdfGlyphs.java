package nl.werkkracht.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF shows where: the characters that run past a page's edge (a cut column) and the pictures it holds. */
public final class PdfGlyphs {

    private PdfGlyphs() {}

    /** Every character, with its page number, that lies partly outside its page's width; empty when all fit. */
    public static List<String> outsideThePage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var outside = new ArrayList<String>();
            var stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    PDPage page = getCurrentPage();
                    float width = page.getMediaBox().getWidth();
                    if (t.getXDirAdj() < -0.5 || t.getXDirAdj() + t.getWidthDirAdj() > width + 0.5) {
                        outside.add("page " + getCurrentPageNo() + ": '" + t.getUnicode() + "' at x=" + t.getXDirAdj());
                    }
                    super.processTextPosition(t);
                }
            };
            stripper.getText(document);
            return outside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pictures (image objects) the pages of a PDF draw. */
    public static int images(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        n++;
                    }
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
