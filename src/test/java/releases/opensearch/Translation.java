package releases.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.search.Query;

/** Opens the package's query translation to tests elsewhere (the query fuzz test checks that it takes every query). */
public final class Translation {

  private Translation() {}

  public static ObjectNode of(Query q) {
    return QueryTranslator.translate(q);
  }
}
