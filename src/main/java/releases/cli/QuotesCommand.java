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
import releases.search.QuoteResult;
import releases.search.SearchRequest;

/** {@code releases quotes}: every quote of an official, or every quote matching words, with who, when and where. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Find quotes: by official (--by \"Rapp\", \"marc rapp\" and \"Marc Rap\" all find Marc Rapp), by their words,",
      "or both. Without words, an official's quotes are listed oldest first."
    })
final class QuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words, \"phrases\" and the search syntax, over the quoted text.")
  List<String> query = new ArrayList<>();

  @Mixin FilterOptions filters;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Quotes to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin OutputOptions output;

  @Mixin CorpusOption corpusOption;

  @Mixin IndexOption indexOption;

  @Mixin TargetOption targetOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    QuotesOutput.checkFormat(output.format);
    boolean colour = output.colour();
    SearchRequest request = filters.apply(String.join(" ", query))
        .limit(limit).offset(output.offset).sort(output.order()).build();
    QuoteResult result;
    try (Backend searcher = OpenBackend.open(spec, corpusOption, indexOption, targetOption)) {
      result = searcher.quotes(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(QuotesOutput.render(result, output.format, colour, output.offset));
    out.flush();
    return ExitCode.OK;
  }

}
