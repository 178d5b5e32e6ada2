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
import releases.index.Boilerplate;
import releases.index.copies.CopyFields;
import releases.ingest.Corpus;
import releases.render.Json;

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
    if (!CopyFields.ON && !Boilerplate.ON) {
      stream(corpus, files, n, out, err);
      return ExitCode.OK;
    }
    // Boilerplate and copies are known once the whole corpus is read: records wait in a spool until then.
    try (ExportSpool spool = new ExportSpool()) {
      CorpusExtraction.unhashed(corpus, n).run(files, Prepared::of, prepared -> {
        prepared.entries().forEach(entry -> add(spool, entry));
        report(prepared.outcome(), err);
      });
      err.flush();
      spool.print(out);
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * With copies and boilerplate both switched off ({@code -Dreleases.copies=off -Dreleases.boilerplate=off}) no
   * record waits for the rest of the corpus: each is printed as its file is read, without {@code copies} and
   * {@code paragraphs}, as before they existed. The benchmark times it to tell extraction from that work.
   */
  private static void stream(Corpus corpus, List<Path> files, int threads, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    CorpusExtraction.unhashed(corpus, threads).run(files, Printed::of, printed -> {
      out.append(printed.lines());
      report(printed.outcome(), err);
    });
    out.flush();
  }

  /** The lines a file's outcome adds to stderr: why it was skipped, or what its reader passed over. */
  private static void report(Outcome outcome, PrintWriter err) {
    switch (outcome) {
      case Outcome.Extracted e -> e.source().notes().forEach(note -> err.println(OneLine.skipped(e.file(), note)));
      case Outcome.Skipped s -> err.println(OneLine.skipped(s.file(), s.reason()));
      case Outcome.Unchanged u -> { }
    }
  }

  /** A file's outcome with its records as JSON lines, made on the extraction thread that read it. */
  private record Printed(Outcome outcome, String lines) {
    static Printed of(Outcome outcome) {
      if (!(outcome instanceof Outcome.Extracted e)) {
        return new Printed(outcome, "");
      }
      StringBuilder lines = new StringBuilder(16 * 1024);
      e.releases().forEach(r -> Json.write(lines, RecordJson.of(r)).append('\n'));
      return new Printed(outcome, lines.toString());
    }
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
