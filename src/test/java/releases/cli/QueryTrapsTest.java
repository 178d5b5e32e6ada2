package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries that read as people mean them: NOT alone, a leading -word, wildcards over stems, ids with slashes. */
class QueryTrapsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static GeneratedIndex corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedIndex.build(dir, 800, 21);
  }

  private static long total(String query) throws Exception {
    return corpus.json("search", query, "--limit", "1", "--format", "json").get("total").asLong();
  }

  @Test
  void notAloneMeansEverythingElse() throws Exception {
    assertEquals(800, total(""));
    assertEquals(570, total("fingerprints"));
    assertEquals(230, total("NOT fingerprints"));
    assertEquals(230, total("-fingerprints"));
    assertEquals(570, total("+fingerprints"));
    assertEquals(230, corpus.json("search", "-fingerprints", "--limit", "1", "--format", "json").get("total").asLong());
    assertEquals(570, corpus.json("search", "+fingerprints", "--format", "json").get("total").asLong());
    assertEquals(800 - 570, corpus.json("facets", "state", "-fingerprints", "--format", "json").get("total").asLong());
    assertEquals(total("fingerprints") - total("fingerprints AND texas"), total("fingerprints AND (NOT texas)"));
  }

  @Test
  void wildcardsMatchTheWordsAsWrittenNotTheirStems() throws Exception {
    assertEquals(scan("te\\p{L}as"), total("te?as"));
    assertEquals(66, total("te?as"));
    assertEquals(total("texas"), total("te?as"));
    // The stem "fingerprint" holds fingerprint, fingerprints and fingerprinting; the patterns tell them apart.
    assertEquals(570, total("fingerprints"));
    assertEquals(scan("\\p{L}ingerprints"), total("?ingerprints"));
    assertEquals(443, total("?ingerprints"));
    assertEquals(scan("fingerprints[\\p{L}\\p{N}]*"), total("fingerprints*"));
    assertEquals(scan("fingerprint[\\p{L}\\p{N}]*"), total("fingerprint*"));
    assertEquals(scan("fingerprint\\p{L}"), total("fingerprint?"));
    // A regular expression too: /fingerprint/ is the singular alone, where its stem would take in every form.
    assertEquals(scan("fingerprint"), total("/fingerprint/"));
    assertEquals(269, total("/fingerprint/"));
    assertEquals(scan("fingerprints?"), total("/fingerprints?/"));
    assertEquals(scan("biometr\\p{L}*"), total("biometr*"));
    assertEquals(462, total("biometr*"));
  }

  /**
   * Generated releases holding a word {@code word} matches whole (case aside), found by reading every file of the
   * corpus with a regular expression: nothing of the tool's analysis or index takes part.
   */
  private static long scan(String word) throws Exception {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + word + ")(?![\\p{L}\\p{N}])",
        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    try (var files = java.nio.file.Files.walk(corpus.corpus())) {
      List<Path> all = files.filter(java.nio.file.Files::isRegularFile).toList();
      assertEquals(800, all.size(), "one release a file");
      long n = 0;
      for (Path f : all) {
        n += p.matcher(java.nio.file.Files.readString(f)).find() ? 1 : 0;
      }
      return n;
    }
  }

  @Test
  void idsNeedNoEscaping() throws Exception {
    JsonNode one = corpus.json("search", "id:0000/000022", "--format", "json");
    assertEquals(1, one.get("total").asInt());
    assertEquals("0000/000022", one.get("hits").get(0).get("id").asText());
    assertEquals(2, total("id:0000/000022 OR id:0000/000023"));
    // The id of the second release of a listing page: '#' and '/' are taken as they are.
    assertEquals(0, total("id:0000/000022#2"));
  }

  @Test
  void lexerErrorsAreOneLineWithAColumn() {
    CliRunner slash = corpus.run("search", "a /b");
    assertEquals(2, slash.code());
    assertEquals("releases: bad query: cannot read the query at column 5; put a backslash before a special character"
        + " meant literally (+ - ! ( ) { } [ ] ^ \" ~ * ? : / \\)\n", slash.err());
    CliRunner backslash = corpus.run("search", "fingerprints\\");
    assertEquals(2, backslash.code());
    assertEquals("releases: bad query: the backslash at column 13 escapes nothing; write \\\\ for a backslash itself\n",
        backslash.err());
    assertTrue(!slash.err().contains("lexical state"));
  }

  @Test
  void aMistypedLongOptionIsStillAnErrorWithTheClosestName() throws Exception {
    CliRunner r = corpus.run("search", "--limt", "3", "fingerprints");
    assertEquals(2, r.code());
    assertEquals("releases: unknown option '--limt'; did you mean --limit?\n"
        + "Try 'releases search --help' for more information.\n", r.err());
    CliRunner after = corpus.run("search", "--", "-fingerprints");
    assertEquals(2, after.code());
    assertTrue(after.err().startsWith("releases: '--index' comes after '--', which ends the options;"), after.err());
    assertEquals(230, JSON.readTree(CliRunner.run("search", "--index", corpus.index().toString(), "--format", "json",
        "--", "-fingerprints").out()).get("total").asInt());
    CliRunner verb = CliRunner.run("serach", "x");
    assertEquals(2, verb.code());
    assertTrue(verb.err().startsWith("releases: unknown command 'serach'; did you mean search?\n"), verb.err());
  }
}
