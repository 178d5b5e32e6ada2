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

  /**
   * The quotes {@link #quotes} would list, handed to {@code sink} one at a time in order and never all held at
   * once; returns how many quotes match in all. This default pages through {@link #quotes}.
   */
  default long eachQuote(SearchRequest r, java.util.function.Consumer<QuoteHit> sink) throws IOException {
    final int page = 1_000;
    long end = (long) r.offset() + r.limit();
    long total = 0;
    for (long at = r.offset(); at < end; at += page) {
      SearchRequest next = r.page((int) Math.min(page, end - at), (int) at);
      QuoteResult result = quotes(next);
      total = result.total();
      result.hits().forEach(sink);
      if (result.hits().isEmpty() || at + page >= total) {
        break;
      }
    }
    return total;
  }

  /** The release with id {@code id}, or a usage error saying there is none (with the id it may have meant). */
  default ReleaseView show(String id) throws IOException {
    throw releases.UserException.usage("show is only available on the embedded index");
  }

  /**
   * The same, with each paragraph marked new or not when {@code fresh}: whether any earlier-dated release of the
   * index has it. Only the embedded index keeps the paragraph fingerprints this needs.
   */
  default ReleaseView show(String id, boolean fresh) throws IOException {
    if (fresh) {
      throw releases.UserException.usage("show --new needs the embedded index: OpenSearch keeps no paragraph"
          + " fingerprints (see docs/boilerplate.md)");
    }
    return show(id);
  }

  /** The officials quoted in the quotes the request selects, with their roles over time and counts. */
  List<OfficialSummary> officials(SearchRequest r) throws IOException;
}
