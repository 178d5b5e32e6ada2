package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facets command over the seeds: a bar chart for people, JSON for programs. */
class FacetsCommandTest {

  @TempDir static Path index;

  @BeforeAll
  static void indexSeeds() {
    assertEquals(0, CliRunner.run("index", "--corpus", "seeds", "--index", index.toString()).code());
  }

  @Test
  void barChartOfStates() {
    CliRunner r = CliRunner.run("facets", "state", "fingerprints", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("state of 5 releases matching fingerprints", lines[0]);
    assertEquals("Missouri    2  " + "#".repeat(40), lines[1]);
    assertEquals("Alabama     1  " + "#".repeat(20), lines[2]);
    assertEquals(5, lines.length, r.out());
  }

  @Test
  void jsonOfYearsWithAFilter() throws Exception {
    CliRunner r = CliRunner.run("facets", "year", "--state", "MO", "--format", "json", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode n = new ObjectMapper().readTree(r.out());
    assertEquals(2, n.get("total").asInt());
    assertEquals("year", n.get("dimension").asText());
    assertEquals("[{\"value\":\"2010\",\"count\":1},{\"value\":\"2011\",\"count\":1}]", n.get("values").toString());
  }

  @Test
  void officialsQuotedInMissouri() {
    CliRunner r = CliRunner.run("facets", "official", "--state", "Missouri", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Robert Mocny"), r.out());
    assertTrue(r.out().contains("David Venturella"), r.out());
  }

  @Test
  void unknownDimensionIsAUsageError() {
    CliRunner r = CliRunner.run("facets", "colour", "--index", index.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("releases: unknown facet 'colour'"), r.err());
  }
}
