package releases.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Timeout;
import releases.UserException;

/**
 * Coverage-guided fuzzing of the query syntax (docs/fuzzing.md): whatever is typed, parsing gives a query that the
 * OpenSearch translation also takes, or a usage error of one line; never another exception. The committed inputs
 * under QueryFuzzTestInputs/ run as regression tests in every build.
 */
class QueryFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void parse(FuzzedDataProvider data) {
    boolean any = data.consumeBoolean();
    boolean quotes = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    try {
      Query q = quotes ? QuerySyntax.parseQuotes(text, any) : QuerySyntax.parse(text, any);
      assertTrue(q != null);
      releases.opensearch.Translation.of(q);
    } catch (UserException e) {
      assertTrue(e.usage(), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      assertTrue(e.getMessage().length() < 400, e.getMessage());
    }
  }
}
