package releases.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import releases.ingest.EndMark;
import releases.ingest.Format;
import releases.ingest.Page;
import releases.ingest.Provenance;
import releases.ingest.SavedFrom;
import releases.ingest.SkippedFileException;
import releases.ingest.SourceReader;

/**
 * One e-mail to the text of its release: the subject as headline (without list tags and "NEWS RELEASE:"), the
 * plain-text part, or the HTML part read like a page; transfer encodings and charsets decoded by mime4j; the
 * list's unsubscribe footer dropped. The Date header is only a fallback for the release's own date.
 */
public final class MailReader {

  private static final Pattern SUBJECT_NOISE = Pattern.compile(
      "(?i)^\\s*(?:\\[[^\\]]{1,60}\\]|(?:re|fw|fwd|aw)\\s*:|(?:news|press|media)\\s+release\\s*[:\\-\u2013\u2014]|"
          + "for immediate release\\s*[:\\-\u2013\u2014]?|release\\s*:)\\s*");
  private static final Pattern TOP_NOISE = Pattern.compile(
      "(?i)^\\s*(?:view (?:this|it|the) (?:e-?mail|message)? ?(?:online|in (?:a|your) (?:web )?browser).*|"
          + "having trouble viewing.*|(?:news|press) release\\s*)$");
  private static final Pattern FOOTER = Pattern.compile(
      "(?i)^\\s*(?:--\\s*|_{8,}\\s*|-{8,}\\s*|.*\\bunsubscribe\\b.*|you (?:are receiving|received|are subscribed).*|"
          + "this (?:e-?mail|message) was sent .*|.*manage (?:your )?(?:subscriptions?|preferences).*|"
          + ".*update your (?:subscriptions?|preferences).*|.*(?:sent|powered) (?:via|by) govdelivery.*|"
          + "to (?:stop|cancel) receiving .*|.*mailing list.*)$");

  private MailReader() {}

  private static final Pattern FIRST_HEADER = Pattern.compile("[!-9;-~]{1,80}:");

  public static Page read(byte[] raw, int number) throws SkippedFileException {
    return read(raw, number, Format.EML);
  }

  /** @param format {@link Format#EML} for a message file, {@link Format#MBOX} for a message of a mailbox */
  static Page read(byte[] raw, int number, Format format) throws SkippedFileException {
    String start = new String(raw, 0, Math.min(raw.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!FIRST_HEADER.matcher(start).lookingAt()) {
      throw new SkippedFileException("not an e-mail: it does not start with a header");
    }
    Message message;
    try {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(2000)
          .setMaxContentLen(SourceReader.MAX_BYTES).build());
      builder.setDecodeMonitor(DecodeMonitor.SILENT);
      message = builder.parseMessage(new ByteArrayInputStream(raw));
    } catch (IOException | RuntimeException e) {
      throw new SkippedFileException("unreadable e-mail: " + e.getMessage());
    }
    try {
      String subject = cleanSubject(message.getSubject());
      LocalDate sent = message.getDate() == null ? null : message.getDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      String[] parts = new String[2]; // plain, html
      collect(message, parts);
      String body;
      String url = null;
      if (parts[0] != null && !parts[0].isBlank()) {
        body = parts[0].replace("\r\n", "\n");
        url = SavedFrom.find(body);
      } else if (parts[1] != null) {
        Page html = HtmlReader.read(parts[1], Format.HTML, null);
        body = html.text();
        url = html.provenance().sourceUrl();
      } else {
        body = "";
      }
      body = EndMark.cut(dropFooter(dropTopNoise(body)));
      if (body.isBlank() && (subject == null || subject.isBlank())) {
        throw new SkippedFileException("e-mail with no text");
      }
      String text = subject == null || startsWith(body, subject) ? body : subject + "\n\n" + body;
      return new Page(number, text, new Provenance(format.label(), url, null), subject, sent);
    } catch (IOException | RuntimeException e) {
      throw new SkippedFileException("unreadable e-mail: " + e.getMessage());
    } finally {
      message.dispose();
    }
  }

  static String cleanSubject(String subject) {
    if (subject == null) {
      return null;
    }
    String s = subject.replaceAll("\\s+", " ").strip();
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = SUBJECT_NOISE.matcher(s).replaceFirst("").strip();
    }
    return s.isEmpty() ? null : s;
  }

  /** The first plain-text and the first HTML part that are not attachments, depth first. */
  private static void collect(Entity entity, String[] parts) throws IOException {
    Body body = entity.getBody();
    if (body instanceof Multipart mp) {
      for (Entity part : mp.getBodyParts()) {
        collect(part, parts);
      }
      return;
    }
    if (body instanceof Message inner) {
      collect(inner, parts);
      return;
    }
    if (!(body instanceof TextBody text) || "attachment".equalsIgnoreCase(entity.getDispositionType())) {
      return;
    }
    String type = entity.getMimeType().toLowerCase(java.util.Locale.ROOT);
    int slot = type.equals("text/plain") ? 0 : type.equals("text/html") ? 1 : -1;
    if (slot >= 0 && parts[slot] == null) {
      try (Reader r = text.getReader()) {
        char[] buf = new char[8192];
        StringBuilder sb = new StringBuilder();
        for (int n; (n = r.read(buf)) > 0 && sb.length() < SourceReader.MAX_BYTES; ) {
          sb.append(buf, 0, n);
        }
        parts[slot] = sb.toString();
      }
    }
  }

  private static String dropTopNoise(String body) {
    List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
    for (int i = 0; i < Math.min(6, lines.size()); i++) {
      if (TOP_NOISE.matcher(lines.get(i)).matches()) {
        lines.set(i, "");
      }
    }
    return String.join("\n", lines).strip();
  }

  /** Cuts the list's footer: from the first footer line in the second half of the message on. */
  static String dropFooter(String body) {
    String[] lines = body.split("\n", -1);
    int half = lines.length / 2;
    for (int i = Math.max(1, half); i < lines.length; i++) {
      if (FOOTER.matcher(lines[i]).matches()) {
        return String.join("\n", java.util.Arrays.copyOf(lines, i)).strip();
      }
    }
    return body;
  }

  private static boolean startsWith(String body, String subject) {
    String first = body.strip().split("\n\\s*\n", 2)[0].replaceAll("\\s+", " ");
    return first.equalsIgnoreCase(subject);
  }
}
