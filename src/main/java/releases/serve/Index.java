package releases.serve;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import releases.UserException;
import releases.search.Backend;
import releases.search.Hit;
import releases.search.OfficialSummary;
import releases.search.QuoteHit;
import releases.search.QuoteResult;
import releases.search.ReleaseView;
import releases.search.SearchRequest;
import releases.search.SearchResult;

/** The backend as the server uses it: every call under the request deadline; the server never writes to it. */
final class Index implements AutoCloseable {

  private final Backend backend;
  private final Deadline deadline;
  private final Memo<SearchRequest, SearchResult> searches;
  private final Memo<SearchRequest, QuoteResult> quoteSearches;
  private final Memo<SearchRequest, List<OfficialSummary>> directories;
  private final Memo<String, ReleaseView> releases;

  Index(Backend backend, Duration timeout) {
    this.backend = backend;
    this.deadline = new Deadline(timeout, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    this.searches = new Memo<>(1000, deadline);
    this.quoteSearches = new Memo<>(1000, deadline);
    this.directories = new Memo<>(100, deadline);
    this.releases = new Memo<>(200, deadline);
  }

  SearchResult search(SearchRequest r) throws IOException {
    return searches.get(r, () -> backend.search(r));
  }

  QuoteResult quotes(SearchRequest r) throws IOException {
    return quoteSearches.get(r, () -> backend.quotes(r));
  }

  List<OfficialSummary> officials(SearchRequest r) throws IOException {
    return directories.get(r, () -> backend.officials(r));
  }

  /** The release with this id, looked up in the index (an id is never a file path here); 404 when there is none. */
  ReleaseView show(String id) throws IOException {
    try {
      return releases.get(id, () -> backend.show(id));
    } catch (UserException e) {
      throw new HttpError(404, e.getMessage());
    }
  }

  /** The officials each hit quotes, in order of first quote, found by one quote search over the page's ids. */
  Map<String, List<String>> speakers(List<Hit> hits) throws IOException {
    if (hits.isEmpty()) {
      return Map.of();
    }
    List<String> ids = new ArrayList<>();
    for (Hit h : hits) {
      ids.add("id:\"" + h.id().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    QuoteResult quotes;
    try {
      quotes = quotes(SearchRequest.query(String.join(" OR ", ids)).limit(Limits.PAGE * 5).build());
    } catch (UserException e) {
      return Map.of(); // an id the query syntax cannot hold: the hits are still shown, without speakers
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (QuoteHit q : quotes.hits()) {
      List<String> names = out.computeIfAbsent(q.releaseId(), k -> new ArrayList<>());
      if (!names.contains(q.speaker())) {
        names.add(q.speaker());
      }
    }
    return out;
  }

  /**
   * Runs a search of every dimension and lists the officials once, so the first visitor does not wait for the
   * index's first use; what they find is remembered even when it takes longer than a request may wait.
   */
  void warm() {
    try {
      search(SearchRequest.query("").facet("state").facet("year").facet("official").facet("county").build());
      quotes(SearchRequest.query("").build());
      officials(SearchRequest.query("").build());
    } catch (IOException | RuntimeException e) {
      // Warming is an optimisation; a real request reports the same problem properly.
    }
  }

  @Override
  public void close() throws IOException {
    deadline.close();
    backend.close();
  }
}
