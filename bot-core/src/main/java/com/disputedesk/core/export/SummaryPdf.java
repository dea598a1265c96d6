package com.disputedesk.core.export;

import com.disputedesk.core.report.ReportFont;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays lines of text out on A4 pages as a PDF: wrapped at the margin (between words, or between characters in
 * Chinese, which has no spaces), a new page when one is full. The text is embedded in the {@link ReportFont}, so a
 * Chinese summary is readable; a character that font lacks is printed as "?" and the first page says so.
 */
final class SummaryPdf {
    /** How a line is set. */
    enum Style {
        TITLE(15f, 10f),
        HEADING(11.5f, 12f),
        TEXT(9f, 2f);

        final float size;
        final float spaceBefore;

        Style(float size, float spaceBefore) {
            this.size = size;
            this.spaceBefore = spaceBefore;
        }
    }

    /** One paragraph of the summary. */
    record Line(Style style, String text) {
    }

    private static final Logger log = LoggerFactory.getLogger(SummaryPdf.class);
    private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50f;
    private static final float LEADING = 1.35f;

    private final ReportFont font;

    SummaryPdf(ReportFont font) {
        this.font = font;
    }

    /**
     * The PDF of {@code lines}. When a character could not be shown, a note heads the first page: the first of
     * {@code missingGlyphsNotes} (the team's language, then English) the font can show in full.
     */
    byte[] render(List<Line> lines, List<String> missingGlyphsNotes) throws IOException {
        List<Closeable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDFont pdf = load(doc, open);
            Printable printable = new Printable(pdf);
            List<Line> set = new ArrayList<>();
            for (Line l : lines) {
                set.add(new Line(l.style(), printable.of(l.text())));
            }
            if (printable.replaced) {
                String note = missingGlyphsNotes.stream().filter(printable::shows).findFirst()
                        .orElse(missingGlyphsNotes.get(missingGlyphsNotes.size() - 1));
                set.add(Math.min(1, set.size()), new Line(Style.TEXT, printable.of(note)));
            }
            write(doc, pdf, set);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } finally {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    private void write(PDDocument doc, PDFont pdf, List<Line> lines) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float width = a4.getWidth() - 2 * MARGIN;
        Page page = new Page(doc, a4);
        try {
            for (Line line : lines) {
                float size = line.style().size;
                List<String> rows = wrap(pdf, line.text(), size, width);
                page.y -= line.style().spaceBefore;
                for (String row : rows) {
                    if (page.y - size * LEADING < MARGIN) {
                        page.close();
                        page = new Page(doc, a4);
                    }
                    page.y -= size * LEADING;
                    page.content.beginText();
                    page.content.setFont(pdf, size);
                    page.content.newLineAtOffset(MARGIN, page.y);
                    page.content.showText(row);
                    page.content.endText();
                }
            }
        } finally {
            page.close();
        }
    }

    /** Splits text into rows that fit {@code width}: at the last space that fits, else at any character. */
    static List<String> wrap(PDFont pdf, String text, float size, float width) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (widthOf(pdf, rest, size) > width) {
                int cut = fitting(pdf, rest, size, width);
                int space = rest.lastIndexOf(' ', cut);
                int at = space > 0 ? space : cut;
                rows.add(rest.substring(0, at));
                rest = rest.substring(at).stripLeading();
            }
            rows.add(rest);
        }
        return rows;
    }

    /** How many chars of {@code text} fit {@code width} (at least one code point, so wrapping always advances). */
    private static int fitting(PDFont pdf, String text, float size, float width) throws IOException {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (widthOf(pdf, text.substring(0, next), size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static float widthOf(PDFont pdf, String text, float size) throws IOException {
        return pdf.getStringWidth(text) / 1000f * size;
    }

    private PDFont load(PDDocument doc, List<Closeable> open) throws IOException {
        if (font.file().isPresent()) {
            Path file = font.file().get();
            try {
                if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                    open.add(collection);
                    TrueTypeFont ttf = collection.getFontByName(font.psName());
                    if (ttf == null) {
                        List<TrueTypeFont> first = new ArrayList<>();
                        collection.processAllFonts(first::add);
                        ttf = first.get(0);
                    }
                    return PDType0Font.load(doc, ttf, true);
                }
                return PDType0Font.load(doc, file.toFile());
            } catch (IOException | RuntimeException e) {
                log.warn("cannot embed font {} in a PDF ({}); using a Latin font", file, e.toString());
            }
        }
        try (InputStream in = PDDocument.class.getResourceAsStream(FALLBACK_FONT)) {
            if (in == null) {
                throw new IOException("PDFBox's own font " + FALLBACK_FONT + " is missing");
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** Text with the characters the font lacks (and control characters) printed as "?". */
    private static final class Printable {
        private final PDFont pdf;
        private final Map<Integer, Boolean> known = new HashMap<>();
        boolean replaced;

        Printable(PDFont pdf) {
            this.pdf = pdf;
        }

        /** True when every character of {@code text} is printed as it is. */
        boolean shows(String text) {
            return text.codePoints()
                    .allMatch(cp -> Character.isWhitespace(cp) || known.computeIfAbsent(cp, this::encodes));
        }

        String of(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (cp == '\t' || Character.isWhitespace(cp)) {
                    out.append(' ');
                } else if (known.computeIfAbsent(cp, this::encodes)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                    replaced = true;
                }
            });
            return out.toString();
        }

        private boolean encodes(int cp) {
            if (Character.isISOControl(cp)) {
                return false;
            }
            try {
                pdf.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    /** A page being written, and how far down it is. */
    private static final class Page {
        final PDPageContentStream content;
        float y;

        Page(PDDocument doc, PDRectangle size) throws IOException {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = size.getHeight() - MARGIN;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
