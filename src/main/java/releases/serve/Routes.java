package releases.serve;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every route of the server, in one place: GET paths to the small functions that answer them. */
final class Routes {

  /** A handler: one request in, one reply out. */
  @FunctionalInterface
  interface Route {
    Reply handle(Call c) throws IOException;
  }

  private Routes() {}

  static Map<String, Route> of(Index index, Assets assets) {
    SearchPage search = new SearchPage(index);
    QuotesPage quotes = new QuotesPage(index);
    OfficialsPage officials = new OfficialsPage(index);
    OfficialPage official = new OfficialPage(index);
    ReleasePage release = new ReleasePage(index);
    Api api = new Api(index);
    Map<String, Route> r = new LinkedHashMap<>();
    r.put("/", search::render);
    r.put("/search", search::render);
    r.put("/release", release::render);
    r.put("/quotes", quotes::render);
    r.put("/officials", officials::render);
    r.put("/official", official::render);
    r.put("/api/search", api::search);
    r.put("/api/search.csv", api::searchCsv);
    r.put("/api/facets", api::facets);
    r.put("/api/facets.csv", api::facetsCsv);
    r.put("/api/quotes", api::quotes);
    r.put("/api/quotes.csv", api::quotesCsv);
    r.put("/api/officials", api::officials);
    r.put("/api/officials.csv", api::officialsCsv);
    r.put("/api/release", api::release);
    for (String name : Assets.NAMES) {
      r.put("/static/" + name, c -> assets.get(name));
    }
    return r;
  }
}
