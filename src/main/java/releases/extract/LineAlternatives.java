package releases.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A pattern made of many alternatives, matched against a whole line. Java's regex engine tries every alternative in
 * turn; this tries only those that can begin with the line's first character, found once per character by asking
 * each alternative whether that character alone could start a match ({@link java.util.regex.Matcher#hitEnd}). The
 * answer is the same as the whole pattern's, at a fraction of the cost for the lines that are plain text.
 */
final class LineAlternatives {

  private final List<Pattern> alternatives = new ArrayList<>();
  private final List<String> sources;
  private final String suffix;
  private final int flags;
  private final ConcurrentHashMap<Character, Optional<Pattern>> byFirst = new ConcurrentHashMap<>();

  /** Matches a line that is one of {@code alternatives} followed by {@code suffix}, under {@code flags}. */
  LineAlternatives(List<String> alternatives, String suffix, int flags) {
    this.sources = List.copyOf(alternatives);
    this.suffix = suffix;
    this.flags = flags;
    for (String a : sources) {
      this.alternatives.add(Pattern.compile("(?:" + a + ")" + suffix, flags));
    }
  }

  boolean matches(String line) {
    if (line.isEmpty()) {
      return alternatives.stream().anyMatch(p -> p.matcher(line).matches());
    }
    Pattern p = byFirst.computeIfAbsent(line.charAt(0), this::startingWith).orElse(null);
    return p != null && p.matcher(line).matches();
  }

  private Optional<Pattern> startingWith(char first) {
    String one = String.valueOf(first);
    List<String> viable = new ArrayList<>();
    for (int i = 0; i < alternatives.size(); i++) {
      var m = alternatives.get(i).matcher(one);
      if (m.matches() || m.hitEnd()) {
        viable.add(sources.get(i));
      }
    }
    return viable.isEmpty() ? Optional.empty()
        : Optional.of(Pattern.compile("(?:" + String.join("|", viable) + ")" + suffix, flags));
  }
}
