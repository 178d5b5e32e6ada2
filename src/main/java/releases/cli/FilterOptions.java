package releases.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import releases.search.DateBounds;
import releases.search.SearchRequest;

/** The filters shared by {@code search} and {@code facets}: states, dates, quoted officials and counties. */
final class FilterOptions {

  private final boolean any;
  private final List<String> states;
  private final String from;
  private final String to;
  private final List<String> officials;
  private final List<String> counties;

  private FilterOptions(CommandSpec spec) {
    any = Specs.flag(spec, "--any");
    states = Specs.list(spec, "--state");
    from = Specs.get(spec, "--from");
    to = Specs.get(spec, "--to");
    officials = Specs.list(spec, "--by");
    counties = Specs.list(spec, "--county");
  }

  static void declare(CommandSpec spec) {
    declare(spec, true);
  }

  /**
   * The filters; {@code counties} false for the commands over quotes, which carry no counties: {@code --county} is
   * then left out of the help and refused with advice if given.
   */
  static void declare(CommandSpec spec, boolean counties) {
    spec.addOption(Specs.flag("--any", "Match any of the query's words instead of all of them."));
    spec.addOption(Specs.list("--state", "STATE",
        "Only releases from this state: full name, USPS code or AP abbreviation, any case (repeatable or"
            + " comma-separated: --state mo,oh).").splitRegex(",").build());
    spec.addOption(Specs.value("--from", "DATE", String.class, null,
        "Only releases on or after DATE (yyyy, yyyy-mm or yyyy-mm-dd).").build());
    spec.addOption(Specs.value("--to", "DATE", String.class, null,
        "Only releases on or before DATE; --to 2010 means through 2010-12-31.").build());
    spec.addOption(Specs.list("--by", "NAME",
        "Only releases quoting this official, e.g. \"Rapp\" or \"Marc Rapp\" (repeatable).").build());
    spec.addOption(Specs.list("--county", "NAME", "Only releases naming this county (repeatable).").hidden(!counties)
        .build());
  }

  static FilterOptions of(CommandSpec spec) {
    return new FilterOptions(spec);
  }

  /** Starts a request for {@code query} with these filters applied. */
  SearchRequest.Builder apply(String query) {
    SearchRequest.Builder b = SearchRequest.query(query).any(any);
    states.forEach(s -> b.state(s.strip()));
    officials.forEach(b::official);
    counties.forEach(b::county);
    if (from != null) {
      b.from(DateBounds.ofOption("--from", from).first());
    }
    if (to != null) {
      b.to(DateBounds.ofOption("--to", to).last());
    }
    return b;
  }

}
