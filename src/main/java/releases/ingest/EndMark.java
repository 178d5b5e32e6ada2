package releases.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A press release ends at "###" or "-30-": what follows (contacts, the agency's boilerplate) is not its body. */
public final class EndMark {

  private static final Pattern MARK = Pattern.compile("(?m)^[ \\t]*(?:#[ \\t]*#[ \\t]*#|-[ \\t]*30[ \\t]*-)[ \\t]*$");

  private EndMark() {}

  /** {@code text} up to the first end mark past its first fifth (a mark above the body is a typing slip). */
  public static String cut(String text) {
    Matcher m = MARK.matcher(text);
    while (m.find()) {
      if (m.start() > text.length() / 5) {
        return text.substring(0, m.start()).stripTrailing();
      }
    }
    return text;
  }
}
