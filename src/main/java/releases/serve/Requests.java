package releases.serve;

import releases.UserException;
import releases.search.DateBounds;
import releases.search.SearchRequest;
import releases.search.SortOrder;

/**
 * Query parameters to a {@link SearchRequest}, named as the command line's options are ({@code q} is the query,
 * {@code by} the officials): {@code q any all_copies state from to by county sort}; paging and facets are the caller's.
 */
final class Requests {

  private Requests() {}

  static SearchRequest.Builder of(Call c) {
    String q = c.param("q");
    SearchRequest.Builder b = SearchRequest.query(q == null ? "" : q).any(c.flag("any"))
        .allCopies(c.flag("all_copies"));
    c.all("state", true).forEach(b::state);
    c.all("by", false).forEach(b::official);
    c.all("county", false).forEach(b::county);
    String from = c.param("from");
    if (from != null) {
      b.from(DateBounds.ofOption("--from", from).first());
    }
    String to = c.param("to");
    if (to != null) {
      b.to(DateBounds.ofOption("--to", to).last());
    }
    String sort = c.param("sort");
    if (sort != null) {
      try {
        b.sort(SortOrder.parse(sort));
      } catch (IllegalArgumentException e) {
        throw UserException.usage(e.getMessage());
      }
    }
    return b;
  }

}
