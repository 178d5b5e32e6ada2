package releases.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that write or read the index. */
final class IndexOption {

  @Option(names = "--index", paramLabel = "DIR", description = "Index directory (default: index/ of the project).")
  Path index;

  Path index() {
    return index != null ? index : Home.defaultIndex();
  }
}
