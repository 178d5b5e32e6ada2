package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boilerplate kept right as files come and go: a paragraph becomes boilerplate in every release that has it when a
 * third release says it too, and stops being boilerplate when one of them goes; its word ranks a release that says
 * it in its own text first.
 */
class BoilerplateIncrementalTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHARED =
      "The Harbor Office keeps 40 lighthouses and the pilot boats of the northern coast in good repair.";

  @TempDir Path corpus;
  @TempDir Path index;

  private void write(String id, int day, String own) throws Exception {
    Files.writeString(corpus.resolve(id + ".txt"), "MARCH " + day + ", 2012 PORTLAND, ME\n\n"
        + "Harbor news " + id + "\n\n"
        + "PORTLAND, Maine - The harbor office today opened pier " + id + ". " + own + "\n\n"
        + SHARED + "\n");
  }

  private void index() {
    CliRunner r = CliRunner.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
  }

  private JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", index.toString(), "--format", "json"));
    CliRunner r = CliRunner.run(all.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  /** Whether the shared paragraph of release {@code id} is marked boilerplate. */
  private boolean sharedIsBoilerplate(String id) throws Exception {
    for (JsonNode p : json("show", id).get("paragraphs")) {
      if (p.get("text").asText().startsWith("The Harbor Office keeps")) {
        return p.get("boilerplate").asBoolean();
      }
    }
    throw new AssertionError(id + " lost its shared paragraph");
  }

  private List<Boolean> shared(String... ids) throws Exception {
    List<Boolean> out = new ArrayList<>();
    for (String id : ids) {
      out.add(sharedIsBoilerplate(id));
    }
    return out;
  }

  @Test
  void aThirdReleaseMakesASharedParagraphBoilerplateAndRemovingItUndoesThat() throws Exception {
    write("alpha", 1, "Cranes were moved to the east quay.");
    write("bravo", 2, "Tugs were painted blue.");
    index();
    assertEquals(List.of(false, false), shared("alpha", "bravo"));

    write("charlie", 3, "A ferry timetable was printed.");
    index(); // alpha and bravo were indexed before the paragraph reached three releases
    assertEquals(List.of(true, true, true), shared("alpha", "bravo", "charlie"));

    Files.delete(corpus.resolve("charlie.txt"));
    index();
    assertEquals(List.of(false, false), shared("alpha", "bravo"));

    write("charlie", 3, "A ferry timetable was printed.");
    write("delta", 4, "Four new lighthouses will be lit in the spring.");
    index();
    assertEquals(List.of(true, true, true, true), shared("alpha", "bravo", "charlie", "delta"));

    // A changed file that drops the paragraph takes its count along.
    Files.writeString(corpus.resolve("delta.txt"), "MARCH 4, 2012 PORTLAND, ME\n\nHarbor news delta\n\n"
        + "PORTLAND, Maine - Four new lighthouses will be lit in the spring.\n");
    Files.delete(corpus.resolve("charlie.txt"));
    index();
    assertEquals(List.of(false, false), shared("alpha", "bravo"));
  }

  @Test
  void aReleaseWhoseOwnTextHasTheWordRanksAboveThoseThatHaveItInBoilerplate() throws Exception {
    write("alpha", 1, "Cranes were moved to the east quay.");
    write("bravo", 2, "Tugs were painted blue.");
    write("charlie", 3, "A ferry timetable was printed.");
    write("delta", 4, "Four new lighthouses will be lit in the spring.");
    index();
    JsonNode hits = json("search", "lighthouses").get("hits");
    assertEquals(4, hits.size()); // boilerplate still matches
    assertEquals("delta", hits.get(0).get("id").asText());
    assertEquals(List.of("delta"), json("search", "body:lighthouses").get("hits").findValuesAsText("id").subList(0, 1));
  }
}
