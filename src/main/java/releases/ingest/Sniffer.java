package releases.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Tells a file's {@link Format} from its first bytes, the way {@code file(1)} does; the name decides only ties. */
final class Sniffer {

  /** How much of a file is looked at. */
  static final int HEAD_BYTES = 64 * 1024;

  private static final Pattern MAIL_HEADER = Pattern.compile(
      "(?im)^(from|to|subject|date|message-id|received|mime-version|return-path|delivered-to|reply-to|sender|list-id)"
          + ":[ \\t]");
  private static final Pattern HEADER_LINE = Pattern.compile("[!-9;-~]+:[ \\t]?.*|[ \\t]+\\S.*");
  private static final Pattern HTML_START = Pattern.compile(
      "(?is)^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b");
  private static final Pattern HTML_INSIDE = Pattern.compile("(?i)<(?:html|body)\\b[^>]*>");
  /** Block tags of a page's markup; five of them make a fragment saved without its html and body tags HTML. */
  private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<(?:p|div|br|table|tr|td|span|h[1-6]|li|ul|img)\\b[^<>]{0,400}>");
  private static final int FRAGMENT_TAGS = 5;

  private Sniffer() {}

  /** The format of a file whose first bytes are {@code head}; text formats are told apart after decoding. */
  static Format binary(byte[] head) {
    if (startsWith(head, "%PDF-") || indexOf(head, "%PDF-", 1024) >= 0) {
      return Format.PDF;
    }
    if (startsWith(head, "PK\u0003\u0004")) {
      // The first entry's name follows its 30-byte header; a fuzz finding: a file cut before it has none.
      String first = head.length <= 30 ? ""
          : new String(head, 30, Math.min(head.length - 30, 60), StandardCharsets.ISO_8859_1);
      return first.startsWith("mimetypeapplication/vnd.oasis.opendocument") ? Format.ODT : Format.DOCX;
    }
    if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return Format.DOC;
    }
    if (startsWith(head, "{\\rtf")) {
      return Format.RTF;
    }
    if (startsWith(head, "WARC/") || (gzip(head) && startsWith(gunzipHead(head), "WARC/"))) {
      return Format.WARC;
    }
    return null;
  }

  static boolean gzip(byte[] head) {
    return head.length > 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** The format of decoded text: a mailbox, one e-mail, an HTML page, or plain text. */
  static Format text(String text, String fileName) {
    String head = text.length() > 4096 ? text.substring(0, 4096) : text;
    if (head.startsWith("From ") && mailHeaders(head.substring(head.indexOf('\n') + 1))) {
      return Format.MBOX;
    }
    if (mailHeaders(head)) {
      return Format.EML;
    }
    if (head.indexOf('<') < 0) {
      return Format.TEXT; // every HTML form has a tag
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    boolean htmlName = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    if (HTML_START.matcher(head).find() || (htmlName && head.indexOf('<') >= 0) || HTML_INSIDE.matcher(head).find()) {
      return Format.HTML;
    }
    return fragment(head) ? Format.HTML : Format.TEXT;
  }

  /** "<div style=...><p>...", "text <br /> text <br />": markup saved without the page around it. */
  private static boolean fragment(String head) {
    Matcher m = BLOCK_TAG.matcher(head);
    int n = 0;
    while (n < FRAGMENT_TAGS && m.find()) {
      n++;
    }
    return n >= FRAGMENT_TAGS;
  }

  /** A header block: every line up to the first blank one is a header or its continuation, and mail names appear. */
  private static boolean mailHeaders(String head) {
    int colon = head.indexOf(':');
    int newline = head.indexOf('\n');
    if (colon <= 0 || (newline >= 0 && colon > newline)) {
      return false; // a header block opens with "Name: value" on its first line
    }
    int end = head.indexOf("\n\n");
    int crlf = head.indexOf("\r\n\r\n");
    if (crlf >= 0 && (end < 0 || crlf < end)) {
      end = crlf;
    }
    if (end <= 0) {
      return false;
    }
    String block = head.substring(0, end);
    int names = 0;
    for (String line : block.split("\r?\n")) {
      if (!HEADER_LINE.matcher(line).matches()) {
        return false;
      }
    }
    var m = MAIL_HEADER.matcher(block);
    while (m.find()) {
      names++;
    }
    return names >= 2;
  }

  private static byte[] gunzipHead(byte[] head) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return in.readNBytes(8);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static boolean startsWith(byte[] b, String magic) {
    return indexOf(b, magic, 1) == 0;
  }

  private static int indexOf(byte[] b, String magic, int within) {
    byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i < within && i + m.length <= b.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (b[i + j] != m[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
