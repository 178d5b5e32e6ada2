package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code releases show ID}, the shell completion scripts and the man page. */
class ShowAndShellTest {


  @TempDir static Path dir;
  static GeneratedIndex corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedIndex.build(dir, 300, 17);
  }

  @Test
  void showPrintsOneReleaseWithItsQuotesInOrder() throws Exception {
    JsonNode shown = corpus.json("show", "0000/000022", "--format", "json");
    JsonNode hit = corpus.json("search", "id:0000/000022", "--format", "json").get("hits").get(0);
    for (String field : new String[] {"id", "path", "format", "source_url", "captured", "title", "date", "city", "state",
        "counties"}) {
      assertEquals(hit.get(field), shown.get(field), field);
    }
    JsonNode quotes = corpus.json("quotes", "id:0000/000022", "--all", "--format", "json");
    assertEquals(quotes.get("total").asInt(), shown.get("quotes").size());
    assertEquals(EXPECTED_QUOTES, shown.get("quotes").size());
    JsonNode first = shown.get("quotes").get(0);
    assertTrue(shown.get("body").asText().contains(first.get("text").asText().substring(0, 40)), "quotes in order");
    CliRunner text = corpus.run("show", "0000/000022");
    assertEquals(hit.get("title").asText(), text.out().lines().findFirst().orElseThrow());
    assertTrue(text.out().contains("\n" + EXPECTED_QUOTES + " quotes:\n"), text.out());
    assertTrue(text.out().contains("\u2014 " + first.get("speaker").asText()), text.out());
  }

  static final int EXPECTED_QUOTES = 2;

  @Test
  void anUnknownIdIsAUsageError() {
    CliRunner r = corpus.run("show", "0000/999999");
    assertEquals(2, r.code());
    assertEquals("releases: no release with id '0000/999999'; ids are shown by `releases search`\n", r.err());
  }

  @Test
  void completionScriptsCoverEveryCommand() throws Exception {
    CliRunner bash = CliRunner.run("completion", "bash");
    assertEquals(0, bash.code(), bash.err());
    assertTrue(bash.out().contains("complete -F _complete_releases"), bash.out());
    Path script = dir.resolve("releases.bash");
    Files.writeString(script, bash.out(), StandardCharsets.UTF_8);
    // What bash offers after "releases search --fa", with the script sourced.
    Process p = new ProcessBuilder("bash", "-c", "source " + script + " 2>/dev/null; COMP_WORDS=(releases search --fa);"
        + " COMP_CWORD=2; _complete_releases 2>/dev/null; echo \"${COMPREPLY[@]}\"").redirectErrorStream(true).start();
    String offered = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor());
    assertEquals("--facet --facet-limit", offered);
    assertEquals(bash.out(), CliRunner.run("completion", "zsh").out());
    CliRunner fish = CliRunner.run("completion", "fish");
    assertTrue(fish.out().contains("complete -c releases -n __fish_use_subcommand -a show -d "), fish.out());
    assertTrue(fish.out().contains("complete -c releases -n '__fish_seen_subcommand_from search' -l facet-limit -r"),
        fish.out());
    CliRunner tcsh = CliRunner.run("completion", "tcsh");
    assertEquals(2, tcsh.code());
    assertEquals("releases: unknown shell 'tcsh': use bash, zsh or fish\n", tcsh.err());
  }

  @Test
  void manPageDescribesEveryCommand() {
    CliRunner man = CliRunner.run("manpage");
    assertEquals(0, man.code(), man.err());
    assertTrue(man.out().startsWith(".TH RELEASES 1 "), man.out());
    for (String verb : new String[] {"search QUERY", "facets DIM QUERY", "quotes QUERY", "officials QUERY", "index",
        "export", "generate", "show ID", "completion SHELL"}) {
      assertTrue(man.out().contains("\n.SS " + verb + "\n"), verb);
    }
    assertTrue(man.out().contains(".B \\-\\-no\\-sideways\n"), man.out());
  }

  /** The build writes the man pages into target/man (pom.xml, ManPageBuild): the roff page and picocli's AsciiDoc. */
  @Test
  void theBuildWritesAManPageNamingEveryCommand() throws Exception {
    Path man = Path.of("target", "man");
    String roff = Files.readString(man.resolve("releases.1"));
    assertEquals(CliRunner.run("manpage").out(), roff);
    var commands = Main.tree().getSubcommands();
    assertTrue(commands.size() >= 12, commands.keySet().toString());
    for (var e : commands.entrySet()) {
      if (e.getValue().getCommandSpec().usageMessage().hidden()) {
        continue;
      }
      String name = e.getKey();
      assertTrue(roff.contains("\n.SS " + name + "\n") || roff.contains("\n.SS " + name + " "), name);
      String adoc = Files.readString(man.resolve("adoc").resolve("releases-" + name + ".adoc"));
      assertTrue(adoc.contains("releases-" + name), name);
    }
    assertTrue(Files.readString(man.resolve("adoc/releases.adoc")).contains(":doctype: manpage"));
  }
}
