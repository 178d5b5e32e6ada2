package releases.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.lucene.search.Query;
import releases.UserException;
import releases.search.Officials.Official;

/**
 * The parts of a search that do not depend on where the documents live, for backends outside this package: query
 * parsing, official name resolution and the order of facet values. Using these keeps every backend's answers alike.
 */
public final class SearchSupport {

  private SearchSupport() {}

  /** The release query for {@code text} (title and body by default), or a usage error saying what is wrong. */
  public static Query releaseQuery(String text, boolean any) {
    return QuerySyntax.parse(text, any);
  }

  /** Whether the release query for {@code text} has words to rank by, so that its hits' scores mean something. */
  public static boolean scoredByWords(String text, boolean any) {
    return Scored.byWords(QuerySyntax.parse(text, any));
  }

  /** The same, with {@code official:NAME} resolved among {@code officials} as {@code --by} resolves it. */
  public static Query releaseQuery(String text, boolean any, List<Official> officials) {
    return QuerySyntax.parse(text, any, new ReleaseQueryParser.Lookups(
        typed -> Filters.officials(List.of(ByOfficial.choose(typed, officials, o -> 1))), null));
  }

  /** The quote query with {@code official:NAME} resolved among {@code officials}. */
  public static Query quoteQuery(String text, boolean any, List<Official> officials) {
    return QuerySyntax.parseQuotes(text, any, new ReleaseQueryParser.Lookups(
        typed -> QuoteSearch.speakers(List.of(ByOfficial.choose(typed, officials, o -> 1))), null));
  }

  /** The same syntax over quote documents, where plain words search the quoted text. */
  public static Query quoteQuery(String text, boolean any) {
    return QuerySyntax.parseQuotes(text, any);
  }

  /** The one official {@code typed} names; {@code hits} counts what the rest of the request finds for each candidate. */
  public static Official chooseOfficial(String typed, List<Official> officials, ToLongFunction<Official> hits) {
    return ByOfficial.choose(typed, officials, hits);
  }

  /** Every written form of the chosen officials. */
  public static List<String> forms(Collection<Official> chosen) {
    return ByOfficial.forms(chosen);
  }

  /** Official facet counts by written form, added up per person (before any cut to the top N). */
  public static Map<String, Integer> mergedOfficials(Map<String, Integer> byForm, List<Official> officials) {
    return FacetCounts.summed(byForm, officials);
  }

  /**
   * A dimension's facet: the {@code limit} most frequent values (0 for all; years all), listed by count, years
   * and months in date order.
   */
  public static Facet facet(String dim, Map<String, Integer> values, long missing, int limit, boolean sideways) {
    return FacetCounts.of(dim, values, missing, limit, sideways);
  }

  /** The usage error of a quote search given {@code --county}, which quote documents do not carry. */
  public static void checkQuoteFilters(SearchRequest r) {
    if (!r.counties().isEmpty()) {
      throw UserException.usage("--county does not apply to quotes; search releases with `releases search --county`");
    }
  }

  /** The snippets to show for each hit of a page, in order, without repeating a passage an earlier hit showed. */
  public static List<List<Snippet>> pickSnippets(List<List<Snippet>> candidatesPerHit) {
    java.util.Set<String> shown = new java.util.HashSet<>();
    return candidatesPerHit.stream().map(c -> Snippets.pick(c, shown)).toList();
  }
}
