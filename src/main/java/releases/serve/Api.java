package releases.serve;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import releases.UserException;
import releases.index.Fields;
import releases.render.Csv;
import releases.render.Shapes;
import releases.search.OfficialSummary;
import releases.search.SearchRequest;
import releases.search.SearchResult;

/**
 * The JSON API: the command line's {@code --format json} (and {@code csv}) of search, facets, quotes, officials
 * and show, from the same shapes; parameters are named after the options ({@code q} for the query words).
 */
final class Api {

  private static final Set<String> FILTERS = Set.of("q", "any", "all_copies", "state", "from", "to", "by", "county");

  private final Index index;

  Api(Index index) {
    this.index = index;
  }

  Reply search(Call c) throws IOException {
    return Reply.json(Shapes.search(runSearch(c)));
  }

  Reply searchCsv(Call c) throws IOException {
    return Reply.csv(Csv.search(runSearch(c)), "search.csv");
  }

  private SearchResult runSearch(Call c) throws IOException {
    c.only(known("facet", "facet_limit", "limit", "offset", "sort", "no_sideways"));
    SearchRequest.Builder b = Requests.of(c).limit(c.number("limit", 10, 0, Limits.PAGE))
        .offset(c.number("offset", 0, 0, Limits.OFFSET)).facetLimit(c.number("facet_limit", 10, 1, Limits.FACET))
        .sideways(!c.flag("no_sideways"));
    c.all("facet", true).forEach(b::facet);
    return index.search(b.build());
  }

  Reply facets(Call c) throws IOException {
    String dim = facetDim(c);
    return Reply.json(Shapes.facetsCommand(runFacets(c, dim), dim));
  }

  Reply facetsCsv(Call c) throws IOException {
    String dim = facetDim(c);
    return Reply.csv(Csv.facet(dim, runFacets(c, dim).facets().get(dim)), dim + ".csv");
  }

  private static String facetDim(Call c) {
    c.only(known("dim", "limit", "no_sideways"));
    String dim = c.param("dim");
    if (dim == null) {
      throw UserException.usage("facets needs dim=DIM: one of " + String.join(", ", Fields.DIMENSIONS));
    }
    return dim;
  }

  private SearchResult runFacets(Call c, String dim) throws IOException {
    return index.search(Requests.of(c).facet(dim).facetLimit(c.number("limit", 20, 1, Limits.FACET))
        .sideways(!c.flag("no_sideways")).limit(0).build());
  }

  Reply quotes(Call c) throws IOException {
    return Reply.json(Shapes.quotes(index.quotes(quoteRequest(c))));
  }

  Reply quotesCsv(Call c) throws IOException {
    return Reply.csv(Csv.quotes(index.quotes(quoteRequest(c))), "quotes.csv");
  }

  private static SearchRequest quoteRequest(Call c) {
    c.only(known("limit", "offset", "sort"));
    return Requests.of(c).limit(c.number("limit", 20, 0, Limits.PAGE)).offset(c.number("offset", 0, 0, Limits.OFFSET)).build();
  }

  Reply officials(Call c) throws IOException {
    List<OfficialSummary> all = runOfficials(c);
    int limit = c.number("limit", Limits.OFFICIALS, 1, Limits.OFFICIALS);
    return Reply.json(Shapes.officials(all.subList(0, Math.min(limit, all.size())), all.size()));
  }

  Reply officialsCsv(Call c) throws IOException {
    List<OfficialSummary> all = runOfficials(c);
    int limit = c.number("limit", Limits.OFFICIALS, 1, Limits.OFFICIALS);
    return Reply.csv(Csv.officials(all.subList(0, Math.min(limit, all.size()))), "officials.csv");
  }

  private List<OfficialSummary> runOfficials(Call c) throws IOException {
    c.only(known("limit"));
    return index.officials(Requests.of(c).build());
  }

  Reply release(Call c) throws IOException {
    c.only(Set.of("id"));
    String id = c.param("id");
    if (id == null) {
      throw UserException.usage("release needs id=ID, as search lists it");
    }
    return Reply.json(Shapes.release(index.show(id)));
  }

  private static Set<String> known(String... more) {
    java.util.Set<String> s = new java.util.TreeSet<>(FILTERS);
    s.addAll(List.of(more));
    return s;
  }
}
