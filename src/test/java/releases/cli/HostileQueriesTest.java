package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries of a hostile user (issue 14): each is refused before any work, with exit 2 and one line that says
 * where and what to change; no stack trace, no "internal error". Speed and memory are left to the bench probes.
 */
class HostileQueriesTest {

  @TempDir static Path dir;
  static GeneratedIndex corpus;

  @BeforeAll
  static void generate() {
    corpus = GeneratedIndex.build(dir, 200, 14);
  }

  private static String refused(String... args) {
    CliRunner r = corpus.run(args);
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("releases: "), r.err());
    assertTrue(!r.err().contains("internal error") && !r.err().contains("Exception"), r.err());
    return r.err().strip();
  }

  private static String query(String q) {
    return refused("search", q);
  }

  @Test
  void deepNestingIsRefusedByLengthOrDepth() {
    assertEquals("releases: bad query: the query is 6001 characters long; the limit is 2000; shorten it",
        query("(".repeat(3000) + "a" + ")".repeat(3000)));
    assertEquals("releases: bad query: the query is 5601 characters long; the limit is 2000; shorten it",
        query("(a AND ".repeat(700) + "a" + ")".repeat(700)));
    assertEquals("releases: bad query: the '(' at column 141 nests parentheses more than 20 deep; write the query"
        + " flatter", query("(a AND ".repeat(21) + "a" + ")".repeat(21)));
  }

  @Test
  void starsAreRefusedByLengthAndCollapsedBelowIt() throws Exception {
    assertTrue(query("*".repeat(100_000)).contains("100000 characters long"));
    assertTrue(query("*".repeat(10_000)).contains("10000 characters long"));
    assertEquals(200, corpus.json("search", "*".repeat(1_999), "--limit", "1", "--format", "json").get("total").asInt());
    assertEquals("releases: bad query: the pattern '*s' at column 1 starts with a wildcard and would read every word;"
        + " give it at least 3 letters", query("*s"));
    assertTrue(query("a?b?c?d?e?f?g?h?i?j?k?l?m?n?o?p?q?").contains("has 17 wildcards; the limit is 16"));
  }

  @Test
  void regularExpressionsAreCheckedBeforeTheyAreBuilt() {
    assertEquals("releases: bad query: the regular expression at column 1 is too large to match (its repeats need more"
        + " than 1000 states); use shorter repeats such as {0,20}", query("/[a-z]{0,99999}/"));
    assertEquals("releases: bad query: the regular expression at column 1 cannot be read: unexpected end-of-string;"
        + " put a backslash before a character meant literally", query("/[/"));
    assertEquals("releases: bad query: the regular expression at column 1 cannot be read: interval syntax error at"
        + " column 4; put a backslash before a character meant literally", query("/<a>/"));
    assertEquals("releases: bad query: the regular expression at column 1 is too complex to match (it would need more"
        + " than 10000 units of work); simplify it", query("/(a|b)*a(a|b){20}/"));
    assertTrue(query("/" + "(".repeat(21) + "a" + ")".repeat(21) + "/").contains("nests parentheses more than 20"));
  }

  @Test
  void badNumbersInTheSyntaxAreUsageErrorsWithAColumn() {
    assertEquals("releases: bad query: the slop -5 at column 6 must be 0 or more (\"x y\"~2 finds the words at most 2"
        + " positions apart)", query("\"x y\"~-5"));
    assertEquals("releases: bad query: the edit distance after ~ at column 2 must be 0, 1 or 2 (Tuscarawaz~1)",
        query("a~-5"));
    assertEquals("releases: bad query: boost must be a positive float, got Infinity at column 3",
        query("a^" + "9".repeat(50)));
  }

  @Test
  void tooManyTermsIsRefusedBeforeTheSearch() {
    // Each word is looked up in the title, the body and the boilerplate.
    assertTrue(query("w ".repeat(600)).contains("asks for 1800 terms"), query("w ".repeat(600)));
  }

  @Test
  void userTextIsEchoedOnOneLine() {
    String field = query("\"x\" ti\\\ntle:x");
    assertTrue(field.contains("unknown field 'ti\\ntle:'"), field);
    String state = query("state:\"new\nyorkk\"");
    assertTrue(state.contains("unknown state 'new\\nyorkk'"), state);
    String official = refused("search", "--by", "no\nbody");
    assertTrue(official.contains("'no\\nbody'"), official);
  }
}
