package releases.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture release is extracted and compared whole with its golden record. */
class ExtractionGoldenTest {

  static List<Goldens.Case> cases() throws Exception {
    return Goldens.all();
  }

  @Test
  void everyFixtureHasAGoldenFileAndThereAreEnoughOfThem() throws Exception {
    List<Goldens.Case> all = cases();
    assertTrue(all.size() >= 30, "fixtures: " + all.size());
    for (Goldens.Case c : all) {
      assertTrue(Files.isRegularFile(c.golden()), "no golden file for " + c.id() + " at " + c.golden());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractionMatchesGolden(Goldens.Case c) {
    JsonNode expected = c.expected();
    JsonNode actual = c.actual();
    if (!expected.equals(actual)) {
      StringBuilder diff = new StringBuilder("extraction of " + c.id() + " differs from " + c.golden() + ":\n");
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        JsonNode got = actual.get(e.getKey());
        if (!e.getValue().equals(got)) {
          diff.append("  ").append(e.getKey()).append(":\n")
              .append("    expected ").append(e.getValue()).append('\n')
              .append("    actual   ").append(got).append('\n');
        }
      }
      actual.fieldNames().forEachRemaining(k -> {
        if (!expected.has(k)) {
          diff.append("  unexpected field ").append(k).append('\n');
        }
      });
      fail(diff.toString());
    }
  }
}
