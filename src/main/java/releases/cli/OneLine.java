package releases.cli;

/**
 * Text from a file system or a file, made safe for a one-line message: control characters (a newline in a
 * file name) are written as escapes, so that no name can start a line of its own, such as a forged "skipped".
 */
final class OneLine {

  private OneLine() {}

  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The line {@code skipped PATH: REASON} that index and export print for a file or part passed over. */
  static String skipped(java.nio.file.Path file, String reason) {
    return "skipped " + escape(cut(releases.extract.CorpusExtraction.displayPath(file)) + ": " + reason);
  }

  /** A path past a few hundred characters (one deeper than the system allows) keeps its two ends. */
  static String cut(String path) {
    return path.length() <= 300 ? path : path.substring(0, 140) + "..." + path.substring(path.length() - 140);
  }
}
