package releases.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd input never makes the extractor fail, and no input makes it slow. */
class ExtractorRobustnessTest {

  private static final String JUNK = "\"\"''-\u2013\u2014,.:;()[]*\n\n \t\u201C\u201D Mo. D.C. County Parish said, counties: and ";

  @Test
  void mutatedFixturesAlwaysGiveAValidRecord() throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    Random random = new Random(42);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder(texts.get(random.nextInt(texts.size())));
      for (int e = 1 + random.nextInt(12); e > 0 && sb.length() > 0; e--) {
        int pos = random.nextInt(sb.length());
        switch (random.nextInt(3)) {
          case 0 -> sb.deleteCharAt(pos);
          case 1 -> sb.delete(pos, Math.min(sb.length(), pos + random.nextInt(40)));
          default -> {
            int s = random.nextInt(JUNK.length());
            sb.insert(pos, JUNK, s, Math.min(JUNK.length(), s + 1 + random.nextInt(12)));
          }
        }
      }
      Release r = Extractor.extract("x", "x.txt", sb.toString());
      assertNotNull(r.body());
      r.quotes().forEach(q -> assertFalse(q.speaker().isBlank() || q.text().isBlank(), q.toString()));
      r.counties().forEach(c -> assertFalse(c.county().isBlank(), c.toString()));
    }
  }

  static Stream<Arguments> pathological() {
    return Stream.of(
        Arguments.of("quote marks", "\""),
        Arguments.of("attributions", "\"We act,\" Smith said. Director John Smith spoke. "),
        Arguments.of("county keywords", "Aaa Bbb County Ccc Ddd counties: Eee, Fff and Ggg "),
        Arguments.of("brackets", "[[[((("),
        Arguments.of("short lines", "a\n"),
        Arguments.of("dashes", "WASHINGTON - x - "),
        Arguments.of("initials", "A. B. "));
  }

  /** Inputs built to make backtracking patterns or quadratic loops show; each stays well inside the limit. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  void pathologicalInputStaysFast(String name, String unit) {
    String text = unit.repeat((128 << 10) / unit.length());
    long t0 = System.nanoTime();
    Extractor.extract("x", "x.txt", text);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(millis < 10_000, name + " took " + millis + " ms for 128 KB");
  }
}
