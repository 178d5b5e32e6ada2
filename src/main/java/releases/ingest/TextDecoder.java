package releases.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bytes to text: a BOM, then a charset the file declares, then UTF-8 when valid, else Windows-1252. */
public final class TextDecoder {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern DECLARED = Pattern.compile(
      "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{2,40})|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{2,40})");

  private TextDecoder() {}

  /** The charset of UTF-16 bytes, with or without a BOM, or null when the bytes are not UTF-16. */
  static Charset utf16(byte[] b) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    // No BOM: ASCII-range text in UTF-16 has a NUL in every other byte, on one side only.
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += b[i] == 0 ? 1 : 0;
      oddZero += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZero * 10 > pairs * 7 && evenZero * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero * 10 > pairs * 7 && oddZero * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Decodes UTF-16 (dropping its BOM). */
  static String decodeUtf16(byte[] bytes, Charset cs) {
    String s = new String(bytes, cs);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The charset a page declares in a {@code <meta>} or XML declaration near its top, or null. */
  public static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    if (head.indexOf('<') < 0) {
      return null; // no tag, no declaration: plain text is passed over without a regex
    }
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    // Browsers read Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding), and so do the pages saved from them.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      Charset cs = Charset.forName(name);
      // A page that says UTF-16 in ASCII bytes is not UTF-16.
      return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") ? null : cs;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Decodes with {@code charset} when given, else UTF-8 when valid, else Windows-1252. */
  public static String decode(byte[] bytes, boolean truncated, Charset charset) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (charset != null && start == 0) {
      return new String(bytes, charset);
    }
    String utf8 = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (utf8.indexOf('\uFFFD') < 0) {
      return utf8; // valid UTF-8 (ASCII most often), decoded on the JDK's fast path
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      if (truncated) {
        // The cut may have split a multi-byte character; that alone is no reason to fall back.
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') >= lenient.length() - 1) {
          return lenient.substring(0, Math.max(0, lenient.length() - 1));
        }
      }
      return new String(bytes, start, bytes.length - start, WINDOWS_1252);
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }
}
