package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.search.Backend;
import releases.search.SearchRequest;
import releases.search.SearchResult;

/** {@code releases search}: finds releases by query and filters, and prints hits, snippets and facet counts. */
final class SearchCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "search",
      "Search releases by words, phrases, fields and filters.",
      "Words must all match (--any: one of them); \"phrases\", \"phrase\"~N,",
      "AND OR NOT + - ( ), wildcards immig*, fuzzy Tuscarawaz~, and fields",
      "title: body: quote: state: city: official: county: id: date:[2010-01 TO 2011-06].",
      "The default index is built from seeds/ first when it is missing.");

  SearchCommand() {
    spec.addPositional(Specs.words("0..*", "QUERY", "The query; several words are joined with spaces."));
    Specs.takesQuery(spec);
    FilterOptions.declare(spec);
    spec.addOption(Specs.list("--facet", "DIM",
        "Count hits by state, year, month, official or county (comma-separated or repeated).").splitRegex(",").build());
    Limits.declare(spec, "Hits to list", "10");
    spec.addOption(Specs.value("--facet-limit", "N", int.class, "10",
        "Values per facet, most frequent first (years: all); 0 for all (default: ${DEFAULT-VALUE}).").build());
    FacetOptions.declareSideways(spec);
    FacetOptions.declareCount(spec);
    CopiesOption.declare(spec);
    OutputOptions.declare(spec);
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    OutputOptions output = OutputOptions.of(spec);
    SearchOutput render = SearchOutput.of(output.format, output.colour());
    SearchRequest.Builder request = FilterOptions.of(spec).apply(Specs.query(spec, 0))
        .limit(Limits.of(spec)).offset(output.offset).sort(output.order())
        .facetLimit(Specs.get(spec, "--facet-limit")).sideways(FacetOptions.sideways(spec))
        .allCopies(CopiesOption.of(spec)).countClusters(FacetOptions.countClusters(spec));
    Specs.list(spec, "--facet").stream().map(String::strip).forEach(request::facet);
    SearchRequest built = request.build();
    SearchResult result;
    try (Backend searcher = OpenBackend.open(spec)) {
      result = searcher.search(built);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(render.render(result, built.offset()));
    out.flush();
    if (output.format.equals("text")) {
      Limits.note(spec.commandLine().getErr(), built.offset(), result.hits().size(), result.listed(),
          "--limit, --offset, --all");
    }
    return ExitCode.OK;
  }
}
