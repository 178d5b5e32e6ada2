package releases.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address a text says it was saved from: a "Saved from:" or "Archived at" line near its top. */
final class SavedFrom {

  private static final Pattern LINE = Pattern.compile(
      "(?im)^[ \\t>*_]*(?:saved from|archived at|archived from|source url|original url)\\s*:?\\s*<?(https?://[^\\s<>\"')\\]]+)");
  /** Internet Explorer's mark on a page it saved: {@code <!-- saved from url=(0042)http://... -->}. */
  private static final Pattern IE_MARK = Pattern.compile("(?i)<!--\\s*saved from url=\\(\\d+\\)(\\S+?)\\s*-->");

  private SavedFrom() {}

  static String find(String text) {
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    Matcher m = LINE.matcher(head);
    if (m.find()) {
      return m.group(1);
    }
    m = IE_MARK.matcher(head);
    return m.find() && m.group(1).startsWith("http") ? m.group(1) : null;
  }
}
