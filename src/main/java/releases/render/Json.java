package releases.render;

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
    int run = 0; // start of the pending run of characters that need no escaping, appended in one call
    for (int i = 0; i < s.length(); i++) {
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
    sb.append(s, run, s.length()).append('"');
  }
}
