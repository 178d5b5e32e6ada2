package releases.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --corpus DIR} option shared by the commands that read release files. */
final class CorpusOption {

  /** As given, or null for the default. */
  final Path corpus;

  private CorpusOption(Path corpus) {
    this.corpus = corpus;
  }

  static void declare(CommandSpec spec) {
    spec.addOption(Specs.value("--corpus", "DIR", Path.class, null,
        "Directory of saved releases, read recursively (default: the index's own corpus, else seeds/).").build());
  }

  /** The corpus an existing index recorded, used as if it had been given. */
  static CorpusOption remembered(Path corpus) {
    return new CorpusOption(corpus);
  }

  static CorpusOption of(CommandSpec spec) {
    return new CorpusOption(Specs.get(spec, "--corpus"));
  }

  Path corpus() {
    return corpus != null ? corpus : Home.defaultCorpus();
  }
}
