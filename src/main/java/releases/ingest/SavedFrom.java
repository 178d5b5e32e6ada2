package releases.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address a text says it was saved from: a "Saved from:" or "Archived at" line near its top. */
public final class SavedFrom {

  private static final Pattern LINE = Pattern.compile(
      "(?im)^[ \\t>*_]*(?:saved from|archived at|archived from|source url|original url)\\s*:?\\s*<?(https?://[^\\s<>\"')\\]]+)");
  /** Internet Explorer's mark on a page it saved: {@code <!-- saved from url=(0042)http://... -->}. */
  private static final Pattern IE_MARK = Pattern.compile("(?i)<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->");

  private SavedFrom() {}

  public static String find(String text) {
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    // Every form holds an address: only the lines with "://" in them are matched, not every line of the head.
    for (int at = head.indexOf("://"); at >= 0; at = head.indexOf("://", at + 3)) {
      int lineStart = head.lastIndexOf('\n', at) + 1;
      int lineEnd = head.indexOf('\n', at);
      String line = head.substring(lineStart, lineEnd < 0 ? head.length() : lineEnd);
      Matcher m = LINE.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
      m = IE_MARK.matcher(line);
      if (m.find() && m.group(1).startsWith("http")) {
        return m.group(1);
      }
    }
    return null;
  }
}
