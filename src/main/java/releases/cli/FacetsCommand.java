package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import releases.UserException;
import releases.search.Backend;
import releases.search.FacetCount;
import releases.search.SearchRequest;
import releases.search.SearchResult;

/** {@code releases facets}: counts the releases matching a query by one dimension, as a bar chart or JSON. */
final class FacetsCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "facets",
      "Count matching releases by state, year, month, official or county.");

  FacetsCommand() {
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("DIM").type(String.class)
        .description("state, year, month, official or county.").build());
    spec.addPositional(Specs.words("1..*", "QUERY", "Optional query (default: every release)."));
    FilterOptions.declare(spec);
    spec.addOption(Specs.value("--limit", "N", int.class, "20",
        "Values to list, most frequent first; 0 for all (default: ${DEFAULT-VALUE}).").build());
    spec.addOption(Specs.value("--format", "FORMAT", String.class, "text", "text or json.").build());
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String dimension = spec.positionalParameters().get(0).getValue();
    String format = Specs.get(spec, "--format");
    if (!format.equals("text") && !format.equals("json")) {
      throw UserException.usage("unknown format '" + format + "' for facets: use text or json");
    }
    SearchRequest request = FilterOptions.of(spec).apply(String.join(" ", Specs.positional(spec, 1)))
        .facet(dimension).facetLimit(Specs.get(spec, "--limit")).limit(0).build();
    SearchResult result;
    try (Backend searcher = OpenBackend.open(spec)) {
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
