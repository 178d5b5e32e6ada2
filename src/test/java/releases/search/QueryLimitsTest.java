package releases.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import releases.Echo;
import releases.UserException;
import releases.index.Fields;

/** The limits that need an index: words a pattern expands to, and the time limit through Lucene's QueryTimeout. */
class QueryLimitsTest {

  @Test
  void aPrefixMatchingMoreWordsThanTheLimitIsRefusedWithItsColumn() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Fields.ANALYZER))) {
        StringBuilder words = new StringBuilder();
        // A fifth more than the limit: patterns are counted over the words as written, the body's words field.
        for (int i = 0; i <= QueryLimits.MAX_EXPANSIONS * 6 / 5; i++) {
          words.append("zq").append(letters(i)).append(' ');
        }
        Document d = new Document();
        d.add(new TextField(Fields.BODY, words.toString(), Field.Store.NO));
        d.add(new TextField(Fields.BODY_WORDS, words.toString(), Field.Store.NO));
        w.addDocument(d);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        var lookups = new ReleaseQueryParser.Lookups(null, null, reader);
        UserException e = assertThrows(UserException.class, () -> QuerySyntax.parse("fingerprints zq*", false, lookups));
        assertEquals("bad query: 'zq*' at column 14 matches more than 10,000 words in body:; give it more letters",
            e.getMessage());
        // One letter more and the same pattern is well within the limit.
        QuerySyntax.parse("fingerprints zqa*", false, lookups);
        assertTrue(e.usage());
      }
    }
  }

  /** {@code i} written in letters (a, b, ..., ba, bb, ...), so the analyzer keeps every word apart. */
  private static String letters(int i) {
    StringBuilder sb = new StringBuilder();
    do {
      sb.append((char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return sb.reverse().toString();
  }

  @Test
  void aSearchPastTheTimeLimitIsRefusedRatherThanAnsweredInPart() throws IOException {
    try (Searcher none = SeedFixtures.searcher(SeedFixtures.releases(), Duration.ZERO)) {
      UserException e = assertThrows(UserException.class,
          () -> none.search(SearchRequest.query("\"secure communities\"").facet("state").build()));
      assertTrue(e.usage());
      assertTrue(e.getMessage().startsWith("query took too long; narrow it"), e.getMessage());
    }
    try (Searcher enough = SeedFixtures.searcher(SeedFixtures.releases(), Duration.ofMinutes(10))) {
      assertTrue(enough.search(SearchRequest.query("\"secure communities\"").facet("state").build()).total() > 0);
    }
  }

  @Test
  void patternsWhoseAutomataWouldBeCostlyToCompileAreRefusedAtTheColumnThatPassesTheLimit() {
    // Thirteen letters apart from each other: each state of the repeat has a transition for each.
    String cls = "body:/[acegikmoqsuwy]{0,60}/";
    QuerySyntax.parse("fingerprint* te?as Tuscarawaz~2 " + cls, false);
    UserException e = assertThrows(UserException.class, () -> QuerySyntax.parse(cls + " " + cls + " " + cls, false));
    assertTrue(e.usage());
    assertEquals("bad query: the pattern at column 64 makes the query's patterns too costly to match (over 2,000"
        + " automaton transitions); use fewer wildcards, '?' and character classes above all", e.getMessage());
    // One pattern alone can pass the limit too.
    assertThrows(UserException.class, () -> QuerySyntax.parse("body:/[acegikmoqsuwy]{0,200}/", false));
  }

  @Test
  void eachPlusDoublesWhatARegularExpressionRepeats() {
    // A fuzz finding: twelve of them built 53,252 transitions before the determinisation limit was reached.
    UserException e = assertThrows(UserException.class, () -> QuerySyntax.parse("body:/xf++++++++++++y/", false));
    assertTrue(e.getMessage().contains("too large to match (its repeats need more than 1000 states)"), e.getMessage());
    QuerySyntax.parse("body:/xf+y+/", false);
  }

  @Test
  void echoedTextStaysOnOneLineAndShort() {
    assertEquals("new\\nyork\\t\\u001b[31m", Echo.of("new\nyork\t\u001b[31m"));
    String cut = Echo.of("\u0000".repeat(100));
    assertTrue(cut.endsWith("\\u0000...") && cut.length() <= Echo.MAX + 3, cut);
  }
}
