package releases.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineAlternativesTest {

  /** The clutter alternatives, tried by first character, answer as the one pattern of them all does. */
  @Test
  void answersAsTheWholePatternOnEveryFixtureLine() throws IOException {
    Pattern whole = Pattern.compile("(?:" + String.join("|", Body.CLUTTER_ALTERNATIVES) + ")\\s*",
        Pattern.CASE_INSENSITIVE);
    LineAlternatives byFirst = new LineAlternatives(Body.CLUTTER_ALTERNATIVES, "\\s*", Pattern.CASE_INSENSITIVE);
    List<String> lines = new ArrayList<>(List.of("", " ", "Share", "SHARE THIS PAGE", "A+ A-", "aaa", "#", "###",
        "- 30 -", "-END-", "***", "12 comments", "(more)", "[Image: seal of the city]", "Photo: the mayor",
        "Please enable JavaScript", "JavaScript is disabled in this browser", "Call 1-866-DHS-2-ICE now",
        "Español", "Last updated 05/06/2013", "Source: https://example.org/x", "Sharon said today"));
    try (var walk = Files.walk(Path.of("src/test/resources"))) {
      for (Path f : walk.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (String line : Files.readString(f).split("\n")) {
          lines.add(line.strip());
        }
      }
    }
    int clutter = 0;
    for (String line : lines) {
      boolean expected = whole.matcher(line).matches();
      assertEquals(expected, byFirst.matches(line), line);
      clutter += expected ? 1 : 0;
    }
    assertTrue(clutter > 20, "clutter lines: " + clutter);
  }
}
