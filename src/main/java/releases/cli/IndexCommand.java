package releases.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import releases.UserException;
import releases.extract.CorpusExtraction;
import releases.index.IndexReport;
import releases.index.IndexUpdater;
import releases.ingest.Corpus;

/** {@code releases index}: brings the index up to date with the corpus, re-reading only changed files. */
final class IndexCommand implements Callable<Integer> {

  /** Documents between commits; a killed run redoes at most this many (or thirty seconds' worth). */
  static final int COMMIT_EVERY = 20_000;

  private final CommandSpec spec = Specs.command(this, "index",
      "Build or update the index of a corpus of saved releases.",
      "Runs are incremental: unchanged files are skipped, changed ones replaced,",
      "removed ones deleted. A run that is interrupted keeps what it committed;",
      "run it again to finish. The index remembers its corpus.");

  IndexCommand() {
    CorpusOption.declare(spec);
    CorpusOption.declareReadTimeout(spec);
    IndexOption.declare(spec);
    TargetOption.declare(spec);
    spec.addOption(Specs.flag("--rebuild", "Drop the existing index and index everything again."));
    spec.addOption(Specs.value("--threads", "N", Integer.class, null,
        "Extraction and indexing threads (default: one per core).").build());
    spec.addOption(Specs.value("--commit-every", "N", int.class, "" + COMMIT_EVERY,
        "Commit after this many indexed files (default: ${DEFAULT-VALUE}).").hidden(true).build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    boolean rebuild = Specs.flag(spec, "--rebuild");
    Integer threads = Specs.get(spec, "--threads");
    int commitEvery = Specs.get(spec, "--commit-every");
    CorpusOption corpusOption = CorpusOption.of(spec);
    TargetOption targetOption = TargetOption.of(spec);
    if (commitEvery < 1 || (threads != null && threads < 1)) {
      throw UserException.usage("--threads and --commit-every must be at least 1");
    }
    IndexReport report = targetOption.openSearch()
        ? OpenBackend.index(spec, corpusOption, targetOption.indexes(), rebuild, threads, Terminal.stderrInteractive())
        : run(spec, IndexedCorpus.choose(corpusOption, IndexOption.of(spec), rebuild), IndexOption.of(spec), rebuild, threads, commitEvery, Terminal.stderrInteractive());
    spec.commandLine().getOut().println(report.summary());
    return ExitCode.OK;
  }

  /** One index run; also used by {@code search} to build a missing index. */
  static IndexReport run(CommandSpec spec, CorpusOption corpus, IndexOption index, boolean rebuild, Integer threads,
      int commitEvery, boolean progress) throws IOException, InterruptedException {
    QuietLogs.apply();
    ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), progress);
    int n = threads != null ? threads : CorpusExtraction.defaultThreads();
    try {
      return new IndexUpdater(index.index(), n, commitEvery, bar).update(corpus.open(), rebuild);
    } finally {
      bar.clear();
    }
  }
}
