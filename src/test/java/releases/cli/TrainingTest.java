package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AOT training run: every command it records must succeed, with hits, on an index of the seeds built before. */
class TrainingTest {

  @TempDir static Path index;

  @BeforeAll
  static void indexSeeds() {
    CliRunner r = CliRunner.run("index", "--corpus", "seeds", "--index", index.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void everyCommandSucceedsAndFindsSomething() {
    for (List<String> command : Training.COMMANDS) {
      CliRunner r = CliRunner.run(Training.withSources(command, "seeds", index.toString()));
      assertEquals(0, r.code(), command + ": " + r.err());
      assertEquals("", r.err(), command.toString());
      assertFalse(r.out().isBlank(), command.toString());
      assertFalse(r.out().contains("\"total\":0") || r.out().startsWith("0 "), command + " found nothing: " + r.out());
    }
  }

  @Test
  void coversTheReadVerbsAndNoWriteVerb() {
    List<String> verbs = Training.COMMANDS.stream().map(c -> c.get(0)).distinct().sorted().toList();
    assertEquals(List.of("facets", "officials", "quotes", "search"), verbs);
  }

  @Test
  void sourcesAreAppended() {
    String[] args = Training.withSources(List.of("officials"), "c", "i");
    assertEquals(List.of("officials", "--corpus", "c", "--index", "i"), List.of(args));
    assertTrue(args.length == 5);
  }
}
