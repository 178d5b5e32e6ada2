package releases.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --index DIR} option shared by the commands that write or read the index. */
final class IndexOption {

  /** As given, or null for the default. */
  final Path index;

  private IndexOption(Path index) {
    this.index = index;
  }

  static void declare(CommandSpec spec) {
    spec.addOption(Specs.value("--index", "DIR", Path.class, null,
        "Index directory (default: index/ of the project).").build());
  }

  static IndexOption of(CommandSpec spec) {
    return new IndexOption(Specs.get(spec, "--index"));
  }

  Path index() {
    return index != null ? index : Home.defaultIndex();
  }
}
