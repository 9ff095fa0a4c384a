package org.committeeacademy.shared.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A PDF read back with Apache PDFBox, for the checks of PDF/UA-1 a unit test can make: marked as tagged, a structure
 * tree, the language, the title shown by viewers, XMP claiming PDF/UA-1, every font embedded, every Figure with Alt
 * text, and no text on a page outside marked content (tagged or artifact). No PDF/UA validator (veraPDF) is at hand.
 */
public final class PdfStructure {

    /** The structure elements depth first, as "Type" each: the reading order. */
    public final List<String> types = new ArrayList<>();
    /** Alt text of each Figure, in order. */
    public final List<String> figureAlts = new ArrayList<>();
    /** ActualText of elements, in order (set where the page stores Arabic shaped in visual order). */
    public final List<String> actualTexts = new ArrayList<>();

    public final String language;
    public final String title;

    private PdfStructure(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertNotNull(catalog.getMarkInfo(), "MarkInfo");
            assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
            assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
            assertTrue(
                    catalog.getViewerPreferences() != null
                            && catalog.getViewerPreferences().displayDocTitle(),
                    "/DisplayDocTitle true");
            assertNotNull(catalog.getMetadata(), "XMP metadata");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "XMP claims PDF/UA-1: " + xmp);
            language = catalog.getLanguage();
            title = document.getDocumentInformation().getTitle();
            walk(catalog.getStructureTreeRoot());
            for (PDPage page : document.getPages()) {
                fontsEmbedded(page.getResources());
                textOnlyInMarkedContent(new PDFStreamParser(page).parse());
            }
        }
        assertFalse(types.isEmpty(), "the structure tree has elements");
    }

    /** Reads the PDF and checks what every tagged PDF must have (throws an assertion error otherwise). */
    public static PdfStructure of(byte[] pdf) {
        try {
            return new PdfStructure(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element types without the enclosing Document, in order. */
    public List<String> content() {
        return types.stream().filter(t -> !t.equals("Document")).toList();
    }

    /** Asserts the types appear in this order (others may come between). */
    public void assertInOrder(String... expected) {
        int at = 0;
        for (String type : types) {
            if (at < expected.length && type.equals(expected[at])) {
                at++;
            }
        }
        assertEquals(expected.length, at, "in order " + List.of(expected) + ": " + types);
    }

    private void walk(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                if ("Figure".equals(element.getStructureType())) {
                    String alt = element.getAlternateDescription();
                    assertTrue(alt != null && !alt.isBlank(), "every Figure has Alt text");
                    figureAlts.add(alt);
                }
                if (element.getActualText() != null) {
                    actualTexts.add(element.getActualText());
                }
                walk(element);
            }
        }
    }

    private static void fontsEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fontsEmbedded(form.getResources());
            }
        }
    }

    /** Every text-showing operator sits inside a BDC/BMC … EMC: content is either tagged or an artifact. */
    private static void textOnlyInMarkedContent(List<Object> tokens) {
        int depth = 0;
        for (Object token : tokens) {
            if (token instanceof Operator operator) {
                switch (operator.getName()) {
                    case "BDC", "BMC" -> depth++;
                    case "EMC" -> depth--;
                    case "Tj", "TJ", "'", "\"", "Do", "f", "S", "B", "b", "f*" ->
                        assertTrue(depth > 0, operator.getName() + " outside marked content");
                    default -> {}
                }
            }
        }
        assertEquals(0, depth, "every marked content sequence is closed");
    }
}
