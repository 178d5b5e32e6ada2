package releases.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the text of a release in each saved form, the way a site, a word processor, a mail client or a crawler
 * would: paragraphs kept, page furniture added around them. Used to check that every form reads like the text.
 */
public final class SavedForms {

  public static final String LETTERHEAD = "Office of the Sheriff of Calloway Bend";

  private SavedForms() {}

  /** The text's blocks (paragraphs), each a list of its lines. */
  public static List<List<String>> blocks(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String block : text.replace("\r", "").split("\n[ \t]*\n")) {
      List<String> lines = new ArrayList<>();
      for (String l : block.split("\n")) {
        if (!l.isBlank()) {
          lines.add(l.strip());
        }
      }
      if (!lines.isEmpty()) {
        out.add(lines);
      }
    }
    return out;
  }

  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A saved page: banner, cookie notice, navigation, related releases and footer around the text in an article. */
  public static String html(String text, String url) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<title>News | Calloway Bend County</title>\n<link rel=\"canonical\" href=\"" + url + "\">\n"
        + "<script>window.dataLayer = [];</script><style>.x{}</style></head>\n<body>\n"
        + "<section class=\"usa-banner\">An official website of the United States government</section>\n"
        + "<div id=\"cookie-consent\">This site uses cookies. <button>OK</button></div>\n"
        + "<header class=\"site-header\"><a href=\"/\">Calloway Bend County</a><nav><ul><li><a href=\"/\">Home</a></li>"
        + "<li><a href=\"/news\">Newsroom</a></li></ul></nav></header>\n<main id=\"main\"><article>\n");
    for (List<String> block : blocks(text)) {
      h.append("<p>");
      for (int i = 0; i < block.size(); i++) {
        h.append(i > 0 ? "<br>\n" : "").append(escape(block.get(i)));
      }
      h.append("</p>\n");
    }
    h.append("<div class=\"related-releases\"><h2>Related releases</h2><ul><li><a href=\"/n/1\">County fair opens "
        + "March 3, 2015</a></li><li><a href=\"/n/2\">Road work on Route 9</a></li><li><a href=\"/n/3\">Sheriff's "
        + "office hiring</a></li></ul></div>\n</article></main>\n<aside><h2>Recent posts</h2><p>Posted January 2, "
        + "2016</p></aside>\n<footer class=\"site-footer\">Updated: 01/08/2021 | Privacy | Accessibility</footer>\n"
        + "</body></html>\n");
    return h.toString();
  }

  /**
   * A PDF with a letterhead on every page, "Page N of M" footers, lines wrapped at about 80 characters, a
   * blank line between paragraphs and page breaks wherever the lines run out (mid-paragraph as often as not).
   */
  public static void pdf(String text, Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    for (List<String> block : blocks(text)) {
      for (String l : block) {
        wrap(pdfSafe(l), 80, lines);
      }
      lines.add("");
    }
    Files.write(out, Parsers.get().writePdf(lines, 40, LETTERHEAD));
  }

  /** Wraps at spaces, never at a hyphen: a hyphen at a line end is joined, so the text must not have one there. */
  public static void wrap(String line, int width, List<String> out) {
    String rest = line;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = rest.indexOf(' ', width);
        if (cut < 0) {
          break;
        }
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut + 1);
    }
    out.add(rest);
  }

  /** The standard fonts' WinAnsi encoding holds curly quotes and dashes, not every character. */
  public static String pdfSafe(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.append(c < 0x7F || "\u2018\u2019\u201C\u201D\u2013\u2014\u00E9\u00F1\u00A0".indexOf(c) >= 0
        ? Character.toString(c == 0xA0 ? ' ' : c) : "?"));
    return sb.toString();
  }

  public static void docx(String text, Path out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
      for (List<String> block : blocks(text)) {
        var run = doc.createParagraph().createRun();
        for (int i = 0; i < block.size(); i++) {
          if (i > 0) {
            run.addBreak();
          }
          run.setText(block.get(i));
        }
      }
      doc.write(os);
    }
  }

  public static void odt(String text, Path out) throws IOException {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>");
    for (List<String> block : blocks(text)) {
      x.append("<text:p>");
      for (int i = 0; i < block.size(); i++) {
        x.append(i > 0 ? "<text:line-break/>" : "").append(escape(block.get(i)).replace("  ", " <text:s/>"));
      }
      x.append("</text:p>");
    }
    x.append("</office:text></office:body></office:document-content>");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(type);
      mimetype.setMethod(ZipEntry.STORED); // first and uncompressed, as the OpenDocument standard asks
      mimetype.setSize(type.length);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(x.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  public static String rtf(String text) {
    StringBuilder r = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
        + "{\\colortbl;\\red0\\green0\\blue0;}{\\info{\\title Calloway Bend release}{\\author Press Office}}"
        + "{\\header\\pard " + LETTERHEAD + "\\par}\n\\f0\\fs24 ");
    for (List<String> block : blocks(text)) {
      for (int i = 0; i < block.size(); i++) {
        r.append(i > 0 ? "\\line\n" : "\\pard ");
        block.get(i).codePoints().forEach(c -> {
          if (c == '\\' || c == '{' || c == '}') {
            r.append('\\').append((char) c);
          } else if (c > 0x7F) {
            r.append("\\u").append(c > 32767 ? c - 65536 : c).append('?');
          } else {
            r.append((char) c);
          }
        });
      }
      r.append("\\par\n");
    }
    return r.append("}").toString();
  }

  /** A press-list e-mail: tagged subject, quoted-printable text part, an HTML part, the list's footer. */
  public static String eml(String headline, String text, String date, String boundary) {
    String plain = text + "\n\n--\nYou are subscribed to the Calloway Bend news list.\nTo unsubscribe, reply STOP.\n";
    String html = "<html><body><h1>" + escape(headline) + "</h1><p>" + escape(text).replace("\n\n", "</p><p>")
        + "</p></body></html>";
    return "From: Press Office <press@callowaybend.example>\r\nTo: news-list@lists.callowaybend.example\r\n"
        + "Subject: [CB-News] NEWS RELEASE: " + headline + "\r\nDate: " + date + "\r\n"
        + "Message-ID: <" + boundary + "@callowaybend.example>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n"
        + "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quotedPrintable(plain) + "\r\n--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)) + "\r\n--" + boundary + "--\r\n";
  }

  public static String quotedPrintable(String s) {
    StringBuilder out = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      StringBuilder l = new StringBuilder();
      for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xFF;
        String piece = (c >= 33 && c <= 126 && c != '=') || c == ' ' ? String.valueOf((char) c) : String.format("=%02X", c);
        if (l.length() + piece.length() > 72) {
          out.append(l).append("=\r\n");
          l.setLength(0);
        }
        l.append(piece);
      }
      out.append(l).append("\r\n");
    }
    return out.toString();
  }

  /** One WARC record; {@code block} is the HTTP message or the record's content. */
  public static byte[] warcRecord(String type, String uri, String date, String contentType, byte[] block) {
    String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
        (type + uri + date).getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: " + date + "\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n") + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  public static byte[] httpResponse(int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  /** A crawl of two release pages among the records a crawler also writes (request, robots.txt, CSS, image, 404). */
  public static List<byte[]> crawl(List<String> pages, List<String> urls, String date) {
    List<byte[]> records = new ArrayList<>();
    records.add(warcRecord("warcinfo", null, date, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)));
    records.add(warcRecord("response", "https://callowaybend.example/robots.txt", date, "application/http; msgtype=response",
        httpResponse(200, "text/plain", "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.US_ASCII))));
    for (int i = 0; i < pages.size(); i++) {
      records.add(warcRecord("request", urls.get(i), date, "application/http; msgtype=request",
          ("GET / HTTP/1.1\r\nHost: callowaybend.example\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
      records.add(warcRecord("response", urls.get(i), date, "application/http; msgtype=response",
          httpResponse(200, "text/html; charset=utf-8", pages.get(i).getBytes(StandardCharsets.UTF_8))));
      records.add(warcRecord("response", "https://callowaybend.example/site.css", date, "application/http; msgtype=response",
          httpResponse(200, "text/css", "body{margin:0}".getBytes(StandardCharsets.US_ASCII))));
      records.add(warcRecord("response", "https://callowaybend.example/missing", date, "application/http; msgtype=response",
          httpResponse(404, "text/html", "<html><body><h1>Not found</h1></body></html>".getBytes(StandardCharsets.US_ASCII))));
      records.add(warcRecord("response", "https://callowaybend.example/seal.png", date, "application/http; msgtype=response",
          httpResponse(200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0})));
    }
    return records;
  }

  public static byte[] warc(List<byte[]> records, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) {
      if (gzip) {
        // One gzip member per record, as crawlers write them, so that a reader can seek to any record.
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
          @Override
          public void close() throws IOException {
            finish();
          }
        }) {
          gz.write(r);
        }
      } else {
        out.writeBytes(r);
      }
    }
    return out.toByteArray();
  }
}
