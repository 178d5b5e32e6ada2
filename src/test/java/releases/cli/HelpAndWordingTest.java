package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The help says what each command takes, in whole sentences, and counts of one are singular. */
class HelpAndWordingTest {

  @TempDir static Path index;

  @BeforeAll
  static void indexSeeds() {
    assertEquals(0, CliRunner.run("index", "--corpus", "seeds", "--index", index.toString()).code());
  }

  @Test
  void topLevelHelpShowsWholeDescriptions() {
    CliRunner r = CliRunner.run("--help");
    List<String> entries = new ArrayList<>();
    boolean commands = false;
    for (String line : r.out().lines().toList()) {
      if (line.equals("Commands:")) {
        commands = true;
      } else if (commands && line.startsWith("  ") && !line.startsWith("    ")) {
        entries.add(line.strip());
      } else if (commands && line.startsWith("    ")) {
        entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
      } else if (commands) {
        break;
      }
    }
    assertEquals(Main.tree().getSubcommands().size() + 1, entries.size(), r.out()); // every verb, and help
    for (String e : entries) {
      assertTrue(e.endsWith("."), "cut short: " + e);
    }
  }

  @Test
  void quoteCommandsDoNotOfferCounty() {
    assertFalse(CliRunner.run("quotes", "--help").out().contains("--county"));
    assertFalse(CliRunner.run("officials", "--help").out().contains("--county"));
    assertTrue(CliRunner.run("search", "--help").out().contains("--county"));
    CliRunner r = CliRunner.run("quotes", "--county", "Stark", "--index", index.toString());
    assertEquals(2, r.code());
    assertEquals("releases: --county does not apply to quotes; search releases with `releases search --county`\n", r.err());
  }

  @Test
  void oneIsSingular(@TempDir Path out) {
    CliRunner search = CliRunner.run("search", "\"biometric identification technology\"", "--offset", "3",
        "--index", index.toString());
    assertEquals("1 release matches \"biometric identification technology\"; none on this page\n", search.out());
    CliRunner quotes = CliRunner.run("quotes", "--by", "Venturella", "--offset", "3", "--index", index.toString());
    assertEquals("1 quote by David Venturella; none on this page\n", quotes.out());
    CliRunner facets = CliRunner.run("facets", "state", "\"biometric identification technology\"",
        "--index", index.toString());
    assertTrue(facets.out().startsWith("state of 1 release matching"), facets.out());
    CliRunner one = CliRunner.run("generate", "--docs", "1", "--out", out.resolve("one").toString());
    assertTrue(one.err().startsWith("generated 1 release ("), one.err());
  }
}
