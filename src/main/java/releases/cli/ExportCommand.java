package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.extract.CorpusExtraction;
import releases.extract.Outcome;
import releases.ingest.Corpus;

/** {@code releases export}: prints the extracted record of every release in a corpus, one JSON object a line. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Print the extracted records of a corpus as JSON lines (no index needed).")
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CorpusOption corpusOption;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "Output format: jsonl.")
  String format;

  @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
  Integer threads;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (!format.equals("jsonl")) {
      throw UserException.usage("unknown format '" + format + "' for export: use jsonl");
    }
    Corpus corpus = new Corpus(corpusOption.corpus());
    List<Path> files = corpus.filesOrFail();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads != null ? threads : CorpusExtraction.defaultThreads();
    StringBuilder line = new StringBuilder(16 * 1024);
    new CorpusExtraction(corpus, n, s -> true).run(files, outcome -> {
      switch (outcome) {
        case Outcome.Extracted e -> {
          line.setLength(0);
          Json.write(line, RecordJson.of(e.release())).append('\n');
          out.append(line);
        }
        case Outcome.Skipped s -> err.println("skipped " + CorpusExtraction.displayPath(s.file()) + ": " + s.reason());
        case Outcome.Unchanged u -> { }
      }
    });
    out.flush();
    return ExitCode.OK;
  }
}
