package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.search.Backend;
import releases.search.OfficialSummary;
import releases.search.SearchRequest;

/** {@code releases officials}: the directory of everyone quoted, with roles over time and how often and when. */
final class OfficialsCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "officials",
      "List every quoted official: canonical name, roles held over time, quotes, releases, first and last date.");

  OfficialsCommand() {
    spec.addPositional(Specs.words("0..*", "QUERY", "Only count quotes matching these words."));
    Specs.takesQuery(spec);
    FilterOptions.declare(spec, false);
    Limits.declare(spec, "Officials to list", null);
    spec.addOption(Specs.value("--format", "FORMAT", String.class, "text", "text, json, jsonl (one official a line) or csv.").build());
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String format = Specs.get(spec, "--format");
    QuotesOutput.checkFormat(format);
    int limit = Limits.of(spec);
    SearchRequest request = FilterOptions.of(spec).apply(Specs.query(spec, 0)).build();
    List<OfficialSummary> officials;
    try (Backend searcher = OpenBackend.open(spec)) {
      officials = searcher.officials(request);
    }
    int total = officials.size();
    List<OfficialSummary> shown = officials.subList(0, Math.min(limit, total));
    PrintWriter out = spec.commandLine().getOut();
    out.print(OfficialsOutput.render(shown, total, format));
    out.flush();
    if (format.equals("text")) {
      Limits.note(spec.commandLine().getErr(), 0, shown.size(), total, "--limit, --all");
    }
    return ExitCode.OK;
  }
}
