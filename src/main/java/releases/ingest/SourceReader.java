package releases.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads one corpus file into a {@link Source}: bounded in size, tolerant of legacy encodings, refusing binaries. */
public final class SourceReader {

  /** Releases are a few KB; anything past this is not a release worth holding in memory whole. */
  public static final int MAX_BYTES = 4 << 20;

  private static final int SNIFF_BYTES = 8192;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private SourceReader() {}

  /** Reads {@code file}, giving it {@code id}; throws with the reason when the file is to be skipped. */
  public static Source read(Path file, String id) throws IOException, SkippedFileException {
    // Stamped before reading: a file changed while it is read then looks changed again on the next run.
    String stamp = stamp(file);
    byte[] bytes;
    boolean truncated;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES);
      truncated = bytes.length == MAX_BYTES && in.read() >= 0;
    }
    if (isBlank(bytes)) {
      throw new SkippedFileException("empty");
    }
    if (looksBinary(bytes)) {
      throw new SkippedFileException("not text");
    }
    return new Source(id, file, decode(bytes, truncated), digest(bytes), truncated, stamp);
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
    int start = hasUtf8Bom(bytes) ? 3 : 0;
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
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 20 > n;
  }

  private static String digest(byte[] bytes) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] d = md.digest(bytes);
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
