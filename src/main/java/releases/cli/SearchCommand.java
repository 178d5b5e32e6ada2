package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import releases.search.Backend;
import releases.search.SearchRequest;
import releases.search.SearchResult;

/** {@code releases search}: finds releases by query and filters, and prints hits, snippets and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index (built first from the corpus if there is none).",
      "Words must all match (--any: one of them); \"phrases\", \"phrase\"~N,",
      "AND OR NOT + - ( ), wildcards immig*, fuzzy Tuscarawaz~, and fields",
      "title: body: state: city: official: county: id: date:[2010-01 TO 2011-06]."
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query; several words are joined with spaces.")
  List<String> query = new ArrayList<>();

  @Mixin FilterOptions filters;

  @Option(names = "--facet", paramLabel = "DIM", split = ",",
      description = "Count hits by state, year, month, official or county (comma-separated or repeated).")
  List<String> facets = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "10",
      description = "Values per facet, most frequent first (years: all); 0 for all (default: ${DEFAULT-VALUE}).")
  int facetLimit;

  @Mixin OutputOptions output;

  @Mixin CorpusOption corpusOption;

  @Mixin IndexOption indexOption;

  @Mixin TargetOption targetOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    SearchOutput render = SearchOutput.of(output.format, output.colour());
    SearchRequest.Builder request = filters.apply(String.join(" ", query))
        .limit(limit).offset(output.offset).sort(output.order()).facetLimit(facetLimit);
    facets.stream().map(String::strip).forEach(request::facet);
    SearchRequest built = request.build();
    SearchResult result;
    try (Backend searcher = OpenBackend.open(spec, corpusOption, indexOption, targetOption)) {
      result = searcher.search(built);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(render.render(result, built.offset()));
    out.flush();
    return ExitCode.OK;
  }

}
