package releases;

/**
 * User text quoted in a message: cut to a readable length and with control characters escaped, so that a message
 * stays one line whatever was typed or found in a file.
 */
public final class Echo {

  /** Longest piece of user text a message repeats. */
  public static final int MAX = 60;

  private Echo() {}

  /** {@code text} escaped onto one line, then cut to {@link #MAX} characters, with "..." where it was cut. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    String one = line(text);
    if (one.length() <= MAX) {
      return one;
    }
    int end = MAX;
    int escape = one.lastIndexOf('\\', end);
    if (escape >= 0 && end - escape < 6) {
      // Never half an escape.
      end = escape;
    }
    return one.substring(0, end) + "...";
  }

  /** {@code text} with line breaks, tabs and other control characters written as escapes ({@code \n}, {@code \t}, {@code \u001b}). */
  public static String line(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = switch (c) {
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
      };
      if (escape != null && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (escape != null) {
          sb.append(escape);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? text : sb.toString();
  }
}
