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
import releases.search.OfficialSummary;
import releases.search.SearchRequest;

/** {@code releases officials}: the directory of everyone quoted, with roles over time and how often and when. */
@Command(
    name = "officials",
    mixinStandardHelpOptions = true,
    description = "List every quoted official: canonical name, roles held over time, quotes, releases, first and last date.")
final class OfficialsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Only count quotes matching these words.")
  List<String> query = new ArrayList<>();

  @Mixin FilterOptions filters;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv.")
  String format;

  @Mixin CorpusOption corpusOption;

  @Mixin IndexOption indexOption;

  @Mixin TargetOption targetOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    QuotesOutput.checkFormat(format);
    SearchRequest request = filters.apply(String.join(" ", query)).build();
    List<OfficialSummary> officials;
    try (Backend searcher = OpenBackend.open(spec, corpusOption, indexOption, targetOption)) {
      officials = searcher.officials(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(OfficialsOutput.render(officials, format));
    out.flush();
    return ExitCode.OK;
  }
}
