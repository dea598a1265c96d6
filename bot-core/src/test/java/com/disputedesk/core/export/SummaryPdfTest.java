package com.disputedesk.core.export;

import static com.disputedesk.core.export.ExportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.export.SummaryPdf.Line;
import com.disputedesk.core.export.SummaryPdf.Style;
import com.disputedesk.core.report.ReportFont;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** How the summary is set: wrapped, paged, and honest about characters its font lacks. */
class SummaryPdfTest {
    private static final List<String> NOTES = List.of("注意：没有中文字体", "Note: no font with Chinese characters");

    @Test
    void withoutACjkFontChineseIsPrintedAsQuestionMarksUnderANoteInEnglish() throws Exception {
        SummaryPdf pdf = new SummaryPdf(ReportFont.search(List.of(), List.of()));
        String text = pdfText(pdf.render(List.of(new Line(Style.TITLE, "案件 #1"), new Line(Style.TEXT, "Buyer: Ana")),
                NOTES));
        assertThat(text).contains("Note: no font with Chinese characters", "?? #1", "Buyer: Ana");
    }

    @Test
    void longTextWrapsAtTheMarginAndRunsOntoMorePages() throws Exception {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            lines.add(new Line(Style.TEXT, "line " + i + " " + "word ".repeat(40) + "案".repeat(80)));
        }
        byte[] bytes = new SummaryPdf(ReportFont.find()).render(lines, NOTES);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
        }
        String text = pdfText(bytes);
        assertThat(text).contains("line 0 word", "line 119 word").doesNotContain("Note:");
        assertThat(text.lines().mapToInt(String::length).max().orElseThrow()).isLessThan(200);
    }
}
