package releases.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import releases.ingest.Corpus;
import releases.ingest.ReadLimit;

/** The {@code --corpus DIR} option shared by the commands that read release files. */
final class CorpusOption {

  /** As given, or null for the default. */
  final Path corpus;
  private final Duration readLimit;

  private CorpusOption(Path corpus, Duration readLimit) {
    this.corpus = corpus;
    this.readLimit = readLimit;
  }

  static void declare(CommandSpec spec) {
    spec.addOption(Specs.value("--corpus", "DIR", Path.class, null,
        "Directory of saved releases, read recursively (default: the index's own corpus, else seeds/).").build());
  }

  /** {@code --read-timeout SECONDS}, for the commands that read every file of a corpus (index, export). */
  static void declareReadTimeout(CommandSpec spec) {
    spec.addOption(Specs.value("--read-timeout", "SECONDS", String.class, null,
        "Skip a file that takes longer than this to read (default: 10; 0: no limit).").build());
  }

  /** The corpus an existing index recorded, used as if it had been given (with this option's read limit). */
  CorpusOption remembered(Path recorded) {
    return new CorpusOption(recorded, readLimit);
  }

  static CorpusOption of(CommandSpec spec) {
    String timeout = spec.findOption("--read-timeout") == null ? null : Specs.get(spec, "--read-timeout");
    return new CorpusOption(Specs.get(spec, "--corpus"),
        timeout == null ? ReadLimit.configured() : ReadLimit.parse(timeout, "--read-timeout"));
  }

  /** The corpus to read, its files read within the read limit. */
  Corpus open() {
    return new Corpus(corpus()).withReadLimit(readLimit);
  }

  Path corpus() {
    return corpus != null ? corpus : Home.defaultCorpus();
  }
}
