package releases.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML element as a text release would hold it: a paragraph per block ({@code <p>}, {@code <div>},
 * a list item, a table cell, a heading) and per {@code <br><br>}, lines kept at a single {@code <br>}, entities
 * decoded, paragraphs separated by a blank line.
 */
final class HtmlText {

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td",
      "th", "blockquote", "pre", "address", "figure", "figcaption", "hr", "center", "form", "fieldset", "caption");

  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int pendingBreaks;

  private HtmlText() {}

  /** The element's text, {@code headline} first when given and not already its first paragraph. */
  static String of(Element root, String headline) {
    HtmlText t = new HtmlText();
    t.walk(root, false);
    t.endParagraph();
    List<String> out = new ArrayList<>();
    if (headline != null) {
      out.add(headline);
    }
    for (String p : t.paragraphs) {
      if (out.size() == 1 && headline != null && HtmlMain.clean(p).equalsIgnoreCase(headline)) {
        continue;
      }
      out.add(p);
    }
    return String.join("\n\n", out);
  }

  private void walk(Node node, boolean pre) {
    for (Node n : node.childNodes()) {
      if (n instanceof TextNode t) {
        text(pre ? t.getWholeText() : t.text(), pre);
      } else if (n instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          lineBreak();
        } else if (BLOCKS.contains(tag)) {
          endParagraph();
          walk(e, pre || tag.equals("pre"));
          endParagraph();
        } else {
          walk(e, pre);
        }
      }
    }
  }

  private void text(String s, boolean pre) {
    String t = s.replace('\u00A0', ' ');
    if (!pre) {
      t = t.replaceAll("[ \\t\\r\\n\\f]+", " ");
    }
    if (t.isBlank()) {
      if (current.length() > 0 && pendingBreaks == 0 && !t.isEmpty()) {
        current.append(' ');
      }
      return;
    }
    if (pendingBreaks == 1) {
      trimEnd();
      current.append('\n');
      t = t.stripLeading();
    } else if (pendingBreaks >= 2) {
      endParagraph();
    }
    pendingBreaks = 0;
    if (current.length() == 0) {
      t = t.stripLeading();
    }
    if (pre) {
      for (String line : t.split("\\R\\s*\\R")) {
        current.append(line);
        endParagraph();
      }
      return;
    }
    current.append(t);
  }

  /** One {@code <br>} ends a line; two in a row end the paragraph. */
  private void lineBreak() {
    if (current.length() > 0) {
      pendingBreaks++;
    }
  }

  private void endParagraph() {
    trimEnd();
    String p = current.toString().strip();
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
    current.setLength(0);
    pendingBreaks = 0;
  }

  private void trimEnd() {
    int n = current.length();
    while (n > 0 && current.charAt(n - 1) == ' ') {
      n--;
    }
    current.setLength(n);
  }
}
