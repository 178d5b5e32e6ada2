package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.extract.CorpusExtraction;
import releases.extract.Outcome;
import releases.ingest.Corpus;

/** {@code releases export}: prints the extracted record of every release in a corpus, one JSON object a line. */
final class ExportCommand implements Callable<Integer> {

  private final CommandSpec spec = Specs.command(this, "export",
      "Print the extracted records of a corpus as JSON lines (no index needed).");

  ExportCommand() {
    CorpusOption.declare(spec);
    CorpusOption.declareReadTimeout(spec);
    spec.addOption(Specs.value("--format", "FORMAT", String.class, "jsonl", "Output format: jsonl.").build());
    spec.addOption(Specs.value("--threads", "N", Integer.class, null, "Extraction threads (default: one per core).")
        .build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    String format = Specs.get(spec, "--format");
    Integer threads = Specs.get(spec, "--threads");
    if (!format.equals("jsonl")) {
      throw UserException.usage("unknown format '" + format + "' for export: use jsonl");
    }
    Corpus corpus = CorpusOption.of(spec).open();
    Corpus.Listing listing = corpus.listOrFail();
    List<Path> files = listing.files();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    listing.skipped().forEach(s -> err.println(OneLine.skipped(s.path(), s.reason())));
    int n = threads != null ? threads : CorpusExtraction.defaultThreads();
    // Boilerplate and copies are known once the whole corpus is read: records wait in a spool until then.
    try (ExportSpool spool = new ExportSpool()) {
      new CorpusExtraction(corpus, n, s -> true).run(files, Prepared::of, prepared -> {
        switch (prepared.outcome()) {
          case Outcome.Extracted e -> {
            for (ExportSpool.Entry entry : prepared.entries()) {
              add(spool, entry);
            }
            e.source().notes().forEach(note -> err.println(OneLine.skipped(e.file(), note)));
          }
          case Outcome.Skipped s -> err.println(OneLine.skipped(s.file(), s.reason()));
          case Outcome.Unchanged u -> { }
        }
      });
      err.flush();
      spool.print(out);
    }
    out.flush();
    return ExitCode.OK;
  }

  /** A file's outcome with its releases' spool entries, made on the extraction thread that read it. */
  private record Prepared(Outcome outcome, List<ExportSpool.Entry> entries) {
    static Prepared of(Outcome outcome) {
      List<ExportSpool.Entry> entries = outcome instanceof Outcome.Extracted e
          ? e.releases().stream().map(ExportSpool::entry).toList() : List.of();
      return new Prepared(outcome, entries);
    }
  }

  private static void add(ExportSpool spool, ExportSpool.Entry entry) {
    try {
      spool.add(entry);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
