package releases.cli;

import java.nio.file.Path;

/** Where the embedded defaults live: the project root the launcher passes in, else the working directory. */
final class Home {

  private Home() {}

  static Path root() {
    String home = System.getProperty("releases.home");
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }

  static Path defaultCorpus() {
    return root().resolve("seeds");
  }

  static Path defaultIndex() {
    return root().resolve("index");
  }
}
