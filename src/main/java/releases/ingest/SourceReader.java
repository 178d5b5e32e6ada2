package releases.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one corpus file into a {@link Source}: its format told by content, each format by its own reader, every
 * read bounded in size. The parser libraries are only reached from here, through {@link Parsers}, and only for a
 * file of their format, so a command that reads no such file (a search of an up-to-date index) loads none of them.
 */
public final class SourceReader {

  /** Releases are a few KB; anything past this is not a release worth holding in memory whole. */
  public static final int MAX_BYTES = 4 << 20;

  static {
    // The parsers log through commons-logging and Log4j's API, which finds no back end here and says so on stdout,
    // and they warn about fonts and odd structures: a skipped file's one-line reason is what the user needs.
    quiet("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
    quiet("log4j2.statusLoggerLevel", "OFF");
  }

  private SourceReader() {}

  private static void quiet(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  /** Reads {@code file}, giving it {@code id}; throws with the reason when the file is to be skipped. */
  public static Source read(Path file, String id) throws IOException, SkippedFileException {
    return read(file, id, true);
  }

  /**
   * {@link #read(Path, String)} without the content hash ({@link Source#NOT_HASHED}), for a run that compares files
   * with nothing, as {@code export} does: the hash is a few microseconds a file, about 2% of an export's CPU.
   */
  public static Source readUnhashed(Path file, String id) throws IOException, SkippedFileException {
    return read(file, id, false);
  }

  private static Source read(Path file, String id, boolean hashed) throws IOException, SkippedFileException {
    // Stamped before reading: a file changed while it is read then looks changed again on the next run.
    String stamp = stamp(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(Sniffer.HEAD_BYTES);
    }
    if (isBlank(head)) {
      throw new SkippedFileException("empty");
    }
    Format binary = Sniffer.binary(head);
    if (binary != null) {
      return readBinary(file, id, stamp, binary, hashed);
    }
    String name = file.getFileName().toString();
    // Before the test for binary bytes: one message of a mailbox may hold anything, and is passed over alone.
    if (Sniffer.text(new String(head, StandardCharsets.ISO_8859_1), name) == Format.MBOX) {
      Reading r = MboxReader.read(file);
      return new Source(id, file, r.pages(), hashed ? digest(file) : Source.NOT_HASHED, r.truncated(), stamp, r.notes());
    }
    Charset utf16 = TextDecoder.utf16(head);
    if (utf16 == null && looksBinary(head)) {
      throw new SkippedFileException(Sniffer.gzip(head) ? "not text (gzip, not a web archive)" : "not text");
    }
    byte[] bytes;
    boolean truncated;
    if (head.length < Sniffer.HEAD_BYTES) {
      bytes = head; // the head reached the file's end: it is the whole file, read once
      truncated = false;
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(MAX_BYTES);
        truncated = bytes.length == MAX_BYTES && in.read() >= 0;
      }
    }
    String text = utf16 != null ? TextDecoder.decodeUtf16(bytes, utf16)
        : TextDecoder.decode(bytes, truncated, TextDecoder.declared(bytes));
    Page page = switch (Sniffer.text(text, name)) {
      case HTML -> Parsers.get().html(text, Format.HTML, null);
      case EML -> Parsers.get().mail(utf16 == null ? bytes : text.getBytes(StandardCharsets.UTF_8), 0, Format.EML);
      // a UTF-16 mailbox: rare enough to be read as one message
      case MBOX -> Parsers.get().mail(text.getBytes(StandardCharsets.UTF_8), 0, Format.EML);
      default -> new Page(0, text, Provenance.of(Format.TEXT, SavedFrom.find(text)), null, null);
    };
    return new Source(id, file, List.of(page), hashed ? digest(bytes) : Source.NOT_HASHED, truncated, stamp, List.of());
  }

  private static Source readBinary(Path file, String id, String stamp, Format format, boolean hashed)
      throws IOException, SkippedFileException {
    if (format == Format.PDF) {
      // Read once: hashed and parsed from memory (PDFBox's file reader costs more than the bytes it saves).
      if (Files.size(file) > Parsers.MAX_PDF_BYTES) {
        throw new SkippedFileException("PDF larger than " + (Parsers.MAX_PDF_BYTES >> 20) + " MiB");
      }
      byte[] bytes = Files.readAllBytes(file);
      return new Source(id, file, List.of(Parsers.get().pdf(bytes)), hashed ? digest(bytes) : Source.NOT_HASHED, false, stamp,
          List.of());
    }
    String hash = hashed ? digest(file) : Source.NOT_HASHED;
    Reading r = switch (format) {
      case DOCX, ODT -> Reading.of(ZipDocumentReader.read(file, format));
      case DOC -> Reading.of(Parsers.get().doc(file));
      case RTF -> Reading.of(RtfReader.read(file));
      case WARC -> Parsers.get().warc(file);
      default -> throw new IllegalStateException("not a binary format: " + format);
    };
    return new Source(id, file, r.pages(), hash, r.truncated(), stamp, r.notes());
  }

  /**
   * "size@modified-millis": a file whose stamp is the one recorded when it was indexed is taken as unchanged
   * without being read, the way make and rsync decide; a touched file is read and its content hash decides.
   */
  public static String stamp(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return a.size() + "@" + a.lastModifiedTime().toMillis();
  }

  static String decode(byte[] bytes, boolean truncated) {
    return TextDecoder.decode(bytes, truncated, null);
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b & 0xFF) && b != 0) {
        return false;
      }
    }
    return true;
  }

  /** Text has no NUL bytes and few control characters; images, archives and office files fail both. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    int i = 0;
    // Eight bytes a step: a word with no byte below 0x20 holds neither a NUL nor a control character, and text's
    // words are nearly all such; the others are counted byte by byte.
    for (; i + 8 <= n; i += 8) {
      long word = (long) LONGS.get(bytes, i);
      if (((word - 0x2020202020202020L) & ~word & 0x8080808080808080L) == 0) {
        continue;
      }
      for (int k = i; k < i + 8; k++) {
        int b = bytes[k] & 0xFF;
        if (b == 0) {
          return true;
        }
        control += isControl(b) ? 1 : 0;
      }
    }
    for (; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      control += isControl(b) ? 1 : 0;
    }
    return control * 20 > n;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static boolean isControl(int b) {
    return b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f';
  }

  private static String digest(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes), 0, 16);
  }

  /** The whole file's digest, streamed: a PDF or an archive is hashed whole, whatever part of it is read. */
  private static String digest(Path file) throws IOException {
    MessageDigest md = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
