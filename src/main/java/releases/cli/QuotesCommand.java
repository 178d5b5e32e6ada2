package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.search.Backend;
import releases.search.QuoteResult;
import releases.search.SearchRequest;
import releases.render.Json;
import releases.render.Shapes;

/** {@code releases quotes}: every quote of an official, or every quote matching words, with who, when and where. */
final class QuotesCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "quotes",
      "Find quotes by official, by their words, or both.",
      "--by \"Rapp\", \"marc rapp\" and \"Marc Rap\" all find Marc Rapp. Without words, an",
      "official's quotes are listed oldest first.");

  QuotesCommand() {
    spec.addPositional(Specs.words("0..*", "QUERY", "Words, \"phrases\" and the search syntax, over the quoted text."));
    Specs.takesQuery(spec);
    FilterOptions.declare(spec, false);
    Limits.declare(spec, "Quotes to list", "20");
    CopiesOption.declare(spec);
    OutputOptions.declare(spec, "text, json, jsonl (one quote a line, streamed) or csv.");
    OpenBackend.declare(spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    OutputOptions output = OutputOptions.of(spec);
    QuotesOutput.checkFormat(output.format);
    boolean colour = output.colour();
    SearchRequest request = FilterOptions.of(spec).apply(Specs.query(spec, 0))
        .limit(Limits.of(spec)).offset(output.offset).sort(output.order())
        .allCopies(CopiesOption.of(spec)).build();
    PrintWriter out = spec.commandLine().getOut();
    if (output.format.equals("jsonl")) {
      // One quote a line as it is found: a million quotes stream in the memory of one page.
      try (Backend searcher = OpenBackend.open(spec)) {
        searcher.eachQuote(request, h -> out.println(Json.toJson(Shapes.quote(h))));
      }
      out.flush();
      return ExitCode.OK;
    }
    QuoteResult result;
    try (Backend searcher = OpenBackend.open(spec)) {
      result = searcher.quotes(request);
    }
    out.print(QuotesOutput.render(result, output.format, colour, output.offset));
    out.flush();
    if (output.format.equals("text")) {
      Limits.note(spec.commandLine().getErr(), output.offset, result.hits().size(), result.listed(),
          "--limit, --offset, --all");
    }
    return ExitCode.OK;
  }
}
