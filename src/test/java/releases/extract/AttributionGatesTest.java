package releases.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain scans that stand before the attribution patterns never let go of text a pattern would match. */
class AttributionGatesTest {

  @Test
  void verbPhrasesAreSpelledOut() {
    assertTrue(Attributions.VERB_PHRASES.contains("told the media"));
    assertTrue(Attributions.VERB_PHRASES.contains("pointed out"));
    assertTrue(Attributions.VERB_PHRASES.contains("said"));
  }

  @Test
  void gatesPassEverythingThePatternsMatchAroundEveryQuoteMark() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String root : new String[] {"src/test/resources", "seeds"}) {
      try (var walk = Files.walk(Path.of(root))) {
        for (Path f : walk.filter(p -> p.toString().endsWith(".txt")).toList()) {
          texts.add(Text.normalize(Files.readString(f)));
        }
      }
    }
    texts.add("\"Go,\" Sheriff Tamsin Orlo told reporters. \"Now,\" pointed out Mayor Quill Dara, \"we start.\"");
    int after = 0;
    int before = 0;
    for (String text : texts) {
      for (int q = text.indexOf('"'); q >= 0; q = text.indexOf('"', q + 1)) {
        String tail = text.substring(q + 1, Math.min(text.length(), q + 400));
        String head = text.substring(Math.max(0, q - 400), q);
        if (Attributions.NAME_THEN_VERB.matcher(tail).lookingAt()) {
          after++;
          assertTrue(Attributions.verbWordFollows(tail), tail);
        }
        int n = head.length();
        if (Attributions.VERB_LAST.matcher(head).region(Math.max(0, n - 24), n).useTransparentBounds(true).find()) {
          before++;
          assertTrue(Attributions.endsWithVerbWord(head), head);
        }
      }
    }
    assertTrue(after > 100 && before > 20, after + " after, " + before + " before");
    assertFalse(Attributions.verbWordFollows(" the fair opens on Monday. \"Next,"));
    assertFalse(Attributions.endsWithVerbWord("The council met on Monday and "));
  }
}
