package releases.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option shared by the commands that read release files. */
final class CorpusOption {

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Directory of saved releases, read recursively (default: seeds/ of the project).")
  Path corpus;

  Path corpus() {
    return corpus != null ? corpus : Home.defaultCorpus();
  }
}
