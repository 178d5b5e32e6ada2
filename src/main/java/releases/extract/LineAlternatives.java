package releases.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A pattern made of many alternatives, matched against a whole line. Java's regex engine tries every alternative in
 * turn; this tries only those that can begin with the line's first two characters, found once per pair by asking
 * each alternative whether those characters alone could start a match ({@link java.util.regex.Matcher#hitEnd}). An
 * alternative that opens with {@code .*} could start anywhere, and is tried alone, only on lines that hold the words
 * written after it ({@code .*javascript (?:is )?disabled.*} on lines holding "javascript "). The answer is the same
 * as the whole pattern's, at a fraction of the cost for the lines that are plain text.
 */
final class LineAlternatives {

  private final List<Pattern> alternatives = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private final List<Pattern> floating = new ArrayList<>();
  /** The words each floating alternative needs, lower case; in step with {@link #floating}. */
  private final List<String> needed = new ArrayList<>();
  private final String suffix;
  private final int flags;
  /** The alternatives that may open with a line's first two characters (its only one, for a line of one). */
  private final ConcurrentHashMap<Long, Optional<Pattern>> byOpening = new ConcurrentHashMap<>();
  /** How many openings are kept: text in a script of thousands of letters would otherwise grow the map unbounded. */
  private static final int MAX_OPENINGS = 8192;

  /** Matches a line that is one of {@code alternatives} followed by {@code suffix}, under {@code flags}. */
  LineAlternatives(List<String> alternatives, String suffix, int flags) {
    this.suffix = suffix;
    this.flags = flags;
    for (String a : alternatives) {
      Pattern p = Pattern.compile("(?:" + a + ")" + suffix, flags);
      String literal = a.startsWith(".*") ? literalAt(a, 2) : "";
      if (literal.length() >= 3) {
        floating.add(p);
        needed.add(literal);
      } else {
        this.alternatives.add(p);
        sources.add(a);
      }
    }
  }

  /** The plain characters of {@code source} from {@code from}, lower case, up to its first operator. */
  private static String literalAt(String source, int from) {
    int end = from;
    while (end < source.length() && (Character.isLetterOrDigit(source.charAt(end)) || " -'".indexOf(source.charAt(end)) >= 0)
        && source.charAt(end) < 0x80) {
      end++;
    }
    if (end < source.length() && "?*{".indexOf(source.charAt(end)) >= 0) {
      end--; // "ab?": the b may be missing
    }
    return end <= from ? "" : source.substring(from, end).toLowerCase(java.util.Locale.ROOT);
  }

  boolean matches(String line) {
    if (line.isEmpty()) {
      return alternatives.stream().anyMatch(p -> p.matcher(line).matches())
          || floating.stream().anyMatch(p -> p.matcher(line).matches());
    }
    long key = line.length() == 1 ? 1L << 32 | line.charAt(0) : (long) line.charAt(0) << 16 | line.charAt(1);
    Optional<Pattern> known = byOpening.get(key);
    if (known == null) {
      known = startingWith(line.length() == 1 ? line : line.substring(0, 2));
      if (byOpening.size() < MAX_OPENINGS) {
        byOpening.putIfAbsent(key, known);
      }
    }
    Pattern p = known.orElse(null);
    if (p != null && p.matcher(line).matches()) {
      return true;
    }
    for (int i = 0; i < floating.size(); i++) {
      if (holds(line, needed.get(i)) && floating.get(i).matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code line} holds {@code lower}, ignoring case. */
  private static boolean holds(String line, String lower) {
    char first = lower.charAt(0);
    for (int i = 0, last = line.length() - lower.length(); i <= last; i++) {
      char c = line.charAt(i);
      if ((c == first || Character.toLowerCase(c) == first) && line.regionMatches(true, i, lower, 0, lower.length())) {
        return true;
      }
    }
    return false;
  }

  private Optional<Pattern> startingWith(String opening) {
    List<String> viable = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      var m = alternatives.get(i).matcher(opening);
      if (m.matches() || m.hitEnd()) {
        viable.add(sources.get(i));
      }
    }
    return viable.isEmpty() ? Optional.empty()
        : Optional.of(Pattern.compile("(?:" + String.join("|", viable) + ")" + suffix, flags));
  }
}
