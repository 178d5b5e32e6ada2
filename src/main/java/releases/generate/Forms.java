package releases.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A generated release's text in the other forms it is saved in: a web page with its site's furniture, a PDF with
 * page footers, a Word file, an e-mail, and records of a mailbox and a web archive. The text's paragraphs and
 * lines are kept, so each form should give the record the text gives.
 */
final class Forms {

  /** The forms {@code generate --format} writes. */
  static final Set<String> ALL = Set.of("txt", "html", "pdf", "docx", "eml", "mbox", "warc");

  static {
    // PDFBox logs through commons-logging, which finds Log4j's API (from POI) without a back end and says so.
    if (System.getProperty("org.apache.commons.logging.Log") == null) {
      System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    }
    if (System.getProperty("log4j2.statusLoggerLevel") == null) {
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
  }

  private Forms() {}

  static List<List<String>> blocks(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String block : text.replace("\r", "").split("\n[ \t]*\n")) {
      List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      if (!lines.isEmpty()) {
        out.add(lines);
      }
    }
    return out;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String html(String text, String url) {
    StringBuilder h = new StringBuilder(text.length() * 2 + 1500).append("<!DOCTYPE html>\n<html lang=\"en\"><head>"
        + "<meta charset=\"utf-8\"><title>News Release | Agency</title><link rel=\"canonical\" href=\"").append(url)
        .append("\"><script>var page = {};</script></head>\n<body><div class=\"usa-banner\">An official website of the "
            + "United States government</div><header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li>"
            + "<li><a href=\"/news\">News</a></li></ul></nav></header>\n<main><article>\n");
    for (List<String> block : blocks(text)) {
      h.append("<p>");
      for (int i = 0; i < block.size(); i++) {
        h.append(i > 0 ? "<br>\n" : "").append(escape(block.get(i)));
      }
      h.append("</p>\n");
    }
    return h.append("<section class=\"related\"><h2>Related releases</h2><ul><li><a href=\"/a\">Earlier release</a></li>"
        + "<li><a href=\"/b\">Another release</a></li><li><a href=\"/c\">More news</a></li></ul></section>\n"
        + "</article></main><footer class=\"site-footer\">Privacy | Accessibility</footer></body></html>\n").toString();
  }

  /** Lines wrapped at 80 characters, 44 a page, a blank line between paragraphs, "Page N of M" at each foot. */
  static byte[] pdf(String text) {
    List<String> lines = new ArrayList<>();
    for (List<String> block : blocks(text)) {
      block.forEach(l -> wrap(winAnsi(l), 80, lines));
      lines.add("");
    }
    return releases.ingest.Parsers.get().writePdf(lines, 44, null);
  }

  private static void wrap(String line, int width, List<String> out) {
    String rest = line;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        break;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut + 1);
    }
    out.add(rest);
  }

  /** The standard PDF fonts' encoding holds Latin-1, curly quotes and dashes; anything else becomes '?'. */
  static String winAnsi(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.append(c < 0x7F || (c >= 0xA1 && c <= 0xFF) || "\u2018\u2019\u201C\u201D\u2013\u2014".indexOf(c) >= 0
        ? Character.toString(c) : c == 0xA0 ? " " : "?"));
    return sb.toString();
  }

  /** A minimal Word file: the three parts Word needs, one {@code w:p} per paragraph, a {@code w:br} per line. */
  static byte[] docx(String text) {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
        + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
    for (List<String> block : blocks(text)) {
      x.append("<w:p><w:r>");
      for (int i = 0; i < block.size(); i++) {
        x.append(i > 0 ? "<w:br/>" : "").append("<w:t xml:space=\"preserve\">").append(escape(block.get(i))).append("</w:t>");
      }
      x.append("</w:r></w:p>");
    }
    x.append("</w:body></w:document>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
          + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      entry(zip, "word/document.xml", x.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * A press-list e-mail: the text's first line as the subject, behind a list tag; the text quoted-printable; the
   * list's footer. {@code date} is an RFC 5322 date, or null for none.
   */
  static String eml(String text, String date, String id) {
    String first = text.strip().lines().findFirst().orElse("News release").strip();
    StringBuilder m = new StringBuilder("From: Press Office <press@agency.example>\nTo: news@lists.agency.example\n");
    m.append("Subject: [agency-news] NEWS RELEASE: ").append(first).append('\n');
    if (date != null) {
      m.append("Date: ").append(date).append('\n');
    }
    m.append("Message-ID: <").append(id.replace('/', '.')).append("@agency.example>\nMIME-Version: 1.0\n")
        .append("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n")
        .append(quotedPrintable(text.strip() + "\n\n--\nYou are subscribed to agency-news.\nTo unsubscribe, visit "
            + "https://lists.agency.example/unsubscribe\n"));
    return m.toString();
  }

  private static String quotedPrintable(String s) {
    StringBuilder out = new StringBuilder(s.length() + s.length() / 10);
    for (String line : s.split("\n", -1)) {
      int width = 0;
      for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xFF;
        String piece = (c >= 33 && c <= 126 && c != '=') || c == ' ' ? String.valueOf((char) c)
            : String.format(Locale.ROOT, "=%02X", c);
        if (width + piece.length() > 72) {
          out.append("=\n");
          width = 0;
        }
        out.append(piece);
        width += piece.length();
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** One message of a mailbox: its "From " line and the message, with lines that start with "From " escaped. */
  static String mboxMessage(String eml, String date) {
    return "From press@agency.example " + date + "\n" + eml.replace("\nFrom ", "\n>From ") + "\n";
  }

  /** A gzipped WARC response record holding the page, as a crawler writes one gzip member per record. */
  static byte[] warcResponse(String url, String captured, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
        url.getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: " + captured + "\r\nWARC-Target-URI: " + url
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + body.length)
        + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(head.getBytes(StandardCharsets.UTF_8));
      gz.write(http);
      gz.write(body);
      gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
