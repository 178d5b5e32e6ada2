package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import releases.UserException;
import releases.render.Json;
import releases.render.Shapes;
import releases.search.Backend;
import releases.search.Facet;
import releases.search.SearchRequest;
import releases.search.SearchResult;

/** {@code releases facets}: counts the releases matching a query by one dimension, as a bar chart, JSON or CSV. */
final class FacetsCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "facets",
      "Count matching releases by state, year, month, official or county.");

  FacetsCommand() {
    spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("DIM").type(String.class)
        .description("state, year, month, official or county.").build());
    spec.addPositional(Specs.words("1..*", "QUERY", "Optional query (default: every release)."));
    Specs.takesQuery(spec);
    FilterOptions.declare(spec);
    Limits.declare(spec, "Values to list, most frequent first (years: all)", "20");
    FacetOptions.declareSideways(spec);
    FacetOptions.declareCount(spec);
    spec.addOption(Specs.value("--format", "FORMAT", String.class, "text", "text, json or csv.").build());
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String dimension = spec.positionalParameters().get(0).getValue();
    String format = Specs.get(spec, "--format");
    if (!format.equals("text") && !format.equals("json") && !format.equals("csv")) {
      throw UserException.usage("unknown format '" + format + "' for facets: use text, json or csv");
    }
    int limit = Limits.of(spec);
    SearchRequest request = FilterOptions.of(spec).apply(Specs.query(spec, 1))
        .facet(dimension).facetLimit(limit == Limits.ALL ? 0 : limit).sideways(FacetOptions.sideways(spec))
        .countClusters(FacetOptions.countClusters(spec)).limit(0).build();
    SearchResult result;
    try (Backend searcher = OpenBackend.open(spec)) {
      result = searcher.search(request);
    }
    Facet facet = result.facets().get(dimension);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> {
        out.println(Json.toJson(Shapes.facetsCommand(result, dimension)));
      }
      case "csv" -> FacetOptions.csv(out, dimension, facet);
      default -> {
        out.print(FacetChart.render(dimension, result.query(), result.total(), facet));
        Limits.note(spec.commandLine().getErr(), 0, facet.counts().size(), facet.values(), "--limit, --all");
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
