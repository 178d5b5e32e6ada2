package releases.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** A minimal JSON writer for the shapes this tool prints: strings, numbers, booleans, null, lists and maps. */
public final class Json {

  private Json() {}

  /**
   * Appends {@code value} as JSON; maps keep their iteration order, so use a LinkedHashMap for stable output.
   * An instanceof chain rather than a pattern switch: the switch's bootstrap spins a class at run time that the
   * AOT cache cannot hold, a few milliseconds of every command that prints JSON.
   */
  public static StringBuilder write(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      string(sb, s);
    } else if (value instanceof LocalDate d) {
      string(sb, d.toString());
    } else if (value instanceof Number || value instanceof Boolean) {
      sb.append(value);
    } else if (value instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(sb, String.valueOf(e.getKey()));
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, o);
      }
      sb.append(']');
    } else {
      string(sb, value.toString());
    }
    return sb;
  }

  public static String toJson(Object value) {
    return write(new StringBuilder(), value).toString();
  }

  static void string(StringBuilder sb, String s) {
    sb.append('"');
    byte[] bytes = s.length() < 16 ? null : s.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes == null || bytes.length != s.length()) {
      escape(sb, s, 0, s.length()); // short, or a character outside the basic plane encoded to one byte for two
      sb.append('"');
      return;
    }
    // Long strings (a release's body) are looked at eight characters a step: their Latin-1 bytes, read as one long,
    // say at once whether any of the eight is a control character, a quote mark or a backslash. A character above
    // Latin-1 becomes '?', which needs nothing, and the two above it that do are looked for apart.
    boolean separators = s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0;
    int run = 0;
    int i = 0;
    for (; i + 8 <= bytes.length; i += 8) {
      long word = (long) LONGS.get(bytes, i);
      if (!separators && !special(word)) {
        continue;
      }
      run = escape(sb, s, run, i, i + 8);
    }
    run = escape(sb, s, run, i, s.length());
    sb.append(s, run, s.length()).append('"');
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** Whether a byte of {@code word} is below 0x20, a quote mark or a backslash (bytes from 0x80 never are). */
  private static boolean special(long word) {
    long quote = word ^ (ONES * '"');
    long backslash = word ^ (ONES * '\\');
    // (x - ONES) & ~x & HIGHS is non-zero when a byte of x is zero; (x - ONES * 0x20) & ~x & HIGHS when one is below 0x20.
    return (((word - ONES * 0x20) & ~word | (quote - ONES) & ~quote | (backslash - ONES) & ~backslash) & HIGHS)
        != 0;
  }

  /** Escapes the characters of {@code s} from {@code from} to {@code to}, where the pending run starts at {@code run}. */
  private static int escape(StringBuilder sb, String s, int run, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      sb.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return run;
  }

  private static void escape(StringBuilder sb, String s, int from, int to) {
    int run = escape(sb, s, from, from, to);
    sb.append(s, run, to);
  }
}
