package releases.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where searches run: the embedded Lucene index ({@link Searcher}) or an OpenSearch cluster; same requests, same answers. */
public interface Backend extends Closeable {

  /** Releases matching the request, with the page of hits, snippets and facet counts it asks for. */
  SearchResult search(SearchRequest r) throws IOException;

  /** Quotes matching the request's words, by the officials, states and dates it names. */
  QuoteResult quotes(SearchRequest r) throws IOException;

  /** The officials quoted in the quotes the request selects, with their roles over time and counts. */
  List<OfficialSummary> officials(SearchRequest r) throws IOException;
}
