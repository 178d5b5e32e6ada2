package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import releases.UserException;
import releases.search.Backend;
import releases.search.FacetCount;
import releases.search.SearchRequest;
import releases.search.SearchResult;

/** {@code releases facets}: counts the releases matching a query by one dimension, as a bar chart or JSON. */
@Command(
    name = "facets",
    mixinStandardHelpOptions = true,
    description = "Count matching releases by state, year, month, official or county.")
final class FacetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIM", description = "state, year, month, official or county.")
  String dimension;

  @Parameters(index = "1..*", paramLabel = "QUERY", arity = "0..*", description = "Optional query (default: every release).")
  List<String> query = List.of();

  @Mixin FilterOptions filters;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Values to list, most frequent first; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
  String format;

  @Mixin CorpusOption corpusOption;

  @Mixin IndexOption indexOption;

  @Mixin TargetOption targetOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!format.equals("text") && !format.equals("json")) {
      throw UserException.usage("unknown format '" + format + "' for facets: use text or json");
    }
    SearchRequest request = filters.apply(String.join(" ", query)).facet(dimension).facetLimit(limit).limit(0).build();
    SearchResult result;
    try (Backend searcher = OpenBackend.open(spec, corpusOption, indexOption, targetOption)) {
      result = searcher.search(request);
    }
    List<FacetCount> counts = result.facets().get(dimension);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", result.query());
      m.put("total", result.total());
      m.put("dimension", dimension);
      m.put("values", counts.stream().map(SearchOutput::count).toList());
      out.println(Json.toJson(m));
    } else {
      out.print(FacetChart.render(dimension, result.query(), result.total(), counts));
    }
    out.flush();
    return ExitCode.OK;
  }
}
