package releases.ingest.parse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import releases.ingest.Format;
import releases.ingest.Page;
import releases.ingest.Provenance;
import releases.ingest.SavedFrom;

/**
 * A web page to the text of its release: the main content as paragraphs, the headline first, with the page's
 * declared title, date and address as fallbacks. The text then goes through the same extraction as a text file.
 */
public final class HtmlReader {

  /** jsoup holds the whole tree; past this many characters the page is cut (the release is near the top). */
  static final int MAX_CHARS = 4 << 20;
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|\u2013|\u2014|::|\u00BB|\u00B7)\\s+");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private HtmlReader() {}

  /** @param sourceUrl the address the page was fetched from (a WARC target), preferred to what the page says; or null */
  public static Page read(String html, Format format, String sourceUrl) {
    return read(html, format, sourceUrl, null, 0);
  }

  static Page read(String html, Format format, String sourceUrl, String captured, int number) {
    String cut = html.length() > MAX_CHARS ? html.substring(0, MAX_CHARS) : html;
    Document doc = Jsoup.parse(cut, "", Parser.htmlParser());
    String url = sourceUrl != null ? sourceUrl : declaredUrl(doc, cut);
    String metaTitle = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), siteless(doc.title()));
    LocalDate metaDate = firstDate(meta(doc, "article:published_time"), meta(doc, "og:published_time"),
        meta(doc, "datePublished"), meta(doc, "dc.date.issued"), meta(doc, "dc.date"), meta(doc, "date"),
        meta(doc, "pubdate"));
    HtmlMain.Content content = HtmlMain.of(doc);
    // Only a headline marked up as one opens the text; a declared title (og:title, <title>) is a fallback alone,
    // since it may be the site's name or a shortened headline, and the text may carry the headline itself.
    String headline = content.headline() != null ? content.headline() : metaTitle;
    LocalDate date = firstNonNull(content.date(), metaDate, content.postDate());
    String text = HtmlText.of(content.root(), content.headline());
    return new Page(number, text, new Provenance(format.label(), url, captured), headline, date);
  }

  private static String declaredUrl(Document doc, String html) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = canonical != null ? canonical.attr("href") : meta(doc, "og:url");
    if (url != null && url.startsWith("http")) {
      return url.strip();
    }
    return SavedFrom.find(html);
  }

  /** The content of {@code <meta property=NAME>} or {@code <meta name=NAME>}, or null. */
  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  /**
   * {@code <title>} without the site's name: sites put the headline first ("Headline | Agency"), so the first part
   * when it reads as a headline (three words or more), else the longest ("News | Agency of the Interior" has none).
   */
  public static String siteless(String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    if (parts.length > 1 && parts[0].strip().split("\\s+").length < 3) {
      String best = "";
      for (String part : parts) {
        best = part.strip().length() > best.length() ? part.strip() : best;
      }
      return best.isEmpty() ? null : best;
    }
    return parts[0].strip().isEmpty() ? null : parts[0].strip();
  }

  /** A machine-readable date ({@code 2011-05-10}, {@code 2011-05-10T09:00:00-05:00}), or null. */
  static LocalDate isoDate(String s) {
    if (s == null || !ISO_DATE.matcher(s.strip()).matches()) {
      return null;
    }
    String v = s.strip();
    try {
      return v.length() > 10 && v.charAt(10) == 'T' && v.length() > 19
          ? OffsetDateTime.parse(v).toLocalDate() : LocalDate.parse(v.substring(0, 10));
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(v.substring(0, 10));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static LocalDate firstDate(String... values) {
    for (String v : values) {
      LocalDate d = isoDate(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
