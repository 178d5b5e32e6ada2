package releases.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import releases.search.SearchSupport;

/** The tool's own query syntax, parsed locally, as the query DSL sent to OpenSearch. */
class QueryTranslatorTest {

  private static String dsl(String query) {
    return QueryTranslator.translate(SearchSupport.releaseQuery(query, false)).toString();
  }

  @Test
  void wordsAreStemmedTermsOverTitleAndBody() {
    assertEquals("{\"bool\":{\"should\":[{\"bool\":{\"must\":[{\"term\":{\"title\":{\"value\":\"fingerprint\"}}}],"
        + "\"boost\":2.0}},{\"term\":{\"body\":{\"value\":\"fingerprint\"}}}]}}", dsl("fingerprints"));
  }

  @Test
  void phrasesKeepTheirAnalysedWordsAndSlop() {
    assertEquals("{\"match_phrase\":{\"body\":{\"query\":\"biometr share\",\"analyzer\":\"whitespace\",\"slop\":1}}}",
        dsl("body:\"biometric sharing\"~1"));
  }

  @Test
  void metadataFieldsAreResolvedBeforeSending() {
    assertEquals("{\"term\":{\"state\":{\"value\":\"Missouri\"}}}", dsl("state:Mo.").replace("{\"constant_score\":{\"filter\":", "").replaceAll("}}$", ""));
    assertEquals("{\"range\":{\"date\":{\"gte\":\"2010-01-01\",\"lte\":\"2011-04-30\"}}}", dsl("date:[2010-01 TO 2011-04]"));
    assertEquals("{\"range\":{\"date\":{\"gte\":\"2010-01-01\"}}}", dsl("date:[2010 TO *]"));
  }

  @Test
  void prohibitedClausesAloneMatchEverythingElse() {
    assertEquals("{\"bool\":{\"must_not\":[{\"term\":{\"title\":{\"value\":\"fingerprint\"}}}],"
        + "\"filter\":[{\"match_all\":{}}]}}", dsl("-title:fingerprints"));
  }

  @Test
  void multiTermQueriesKeepTheirParameters() {
    // Over a stemmed field a pattern is matched against the words as written, held in its words sub-field.
    assertEquals("{\"prefix\":{\"body.words\":{\"value\":\"immig\"}}}", dsl("body:immig*"));
    assertEquals("{\"wildcard\":{\"title.words\":{\"value\":\"te?as\"}}}", dsl("title:Te?as"));
    assertEquals("{\"regexp\":{\"body.words\":{\"value\":\"imm.*\"}}}", dsl("body:/imm.*/"));
    assertEquals("{\"fuzzy\":{\"body.words\":{\"value\":\"tuscarawaz\",\"fuzziness\":2,\"prefix_length\":0,\"transpositions\":true}}}",
        dsl("body:tuscarawaz~"));
    assertEquals("{\"wildcard\":{\"county\":{\"value\":\"tus?arawas\"}}}", dsl("county:Tus?arawas"));
  }
}
