package releases.ingest.parse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import releases.ingest.ReadLimit;

/**
 * PDFBox's text stripper, set up once per thread, giving each page's text from one pass over the document (a call
 * per page walked the page tree and reset the stripper for every page).
 */
final class PdfText extends PDFTextStripper {

  private static final ThreadLocal<PdfText> PER_THREAD = ThreadLocal.withInitial(PdfText::new);

  private final StringWriter out = new StringWriter();
  private final List<String> pages = new ArrayList<>();
  private int pageStart;

  private PdfText() {
    setSortByPosition(true); // real PDFs are often drawn out of order (off, ~10% faster, read the generated ones alike)
    setParagraphStart("\n");
    setAddMoreFormatting(false);
    // Its overlap check (for text drawn twice as fake bold) kept a sorted map per glyph: two thirds of the CPU
    // a release PDF took. Releases are set in real bold; the rare overprinted line reads doubled.
    setSuppressDuplicateOverlappingText(false);
  }

  /** The text of pages 1 to {@code last}, one string a page ("" for a page with no content stream). */
  static List<String> pages(PDDocument doc, int last) throws IOException {
    return PER_THREAD.get().read(doc, last);
  }

  private List<String> read(PDDocument doc, int last) throws IOException {
    out.getBuffer().setLength(0);
    pages.clear();
    setStartPage(1);
    setEndPage(last);
    try {
      writeText(doc, out);
      while (pages.size() < last) {
        pages.add("");
      }
      return List.copyOf(pages);
    } finally {
      out.getBuffer().setLength(0); // a thread's stripper holds no text between files
      pages.clear();
    }
  }

  /** Every operator of a content stream: where a page that would take too long is stopped. */
  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    ReadLimit.check();
    super.processOperator(operator, operands);
  }

  @Override
  protected void startPage(PDPage page) {
    while (pages.size() < getCurrentPageNo() - 1) {
      pages.add(""); // pages with no content stream are not processed
    }
    pageStart = out.getBuffer().length();
  }

  @Override
  protected void endPage(PDPage page) {
    pages.add(out.getBuffer().substring(pageStart));
  }
}
