package releases.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import releases.UserException;
import releases.search.DateBounds;
import releases.search.SearchRequest;

/** The filters shared by {@code search} and {@code facets}: states, dates, quoted officials and counties. */
final class FilterOptions {

  @Option(names = "--any", description = "Match any of the query's words instead of all of them.")
  boolean any;

  @Option(names = "--state", paramLabel = "STATE",
      description = "Only releases from this state: full name, USPS code or AP abbreviation, any case (repeatable).")
  List<String> states = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "Only releases on or after DATE (yyyy, yyyy-mm or yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only releases on or before DATE; --to 2010 means through 2010-12-31.")
  String to;

  @Option(names = "--by", paramLabel = "NAME", description = "Only releases quoting this official, e.g. \"Rapp\" or \"Marc Rapp\" (repeatable).")
  List<String> officials = new ArrayList<>();

  @Option(names = "--county", paramLabel = "NAME", description = "Only releases naming this county (repeatable).")
  List<String> counties = new ArrayList<>();

  /** Starts a request for {@code query} with these filters applied. */
  SearchRequest.Builder apply(String query) {
    SearchRequest.Builder b = SearchRequest.query(query).any(any);
    states.forEach(b::state);
    officials.forEach(b::official);
    counties.forEach(b::county);
    if (from != null) {
      b.from(bounds("--from", from).first());
    }
    if (to != null) {
      b.to(bounds("--to", to).last());
    }
    return b;
  }

  private static DateBounds bounds(String option, String text) {
    try {
      return DateBounds.parse(text);
    } catch (IllegalArgumentException e) {
      throw UserException.usage(option + ": " + e.getMessage());
    }
  }
}
