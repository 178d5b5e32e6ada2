package releases.cli;

/** The exit codes of every command, as listed in {@code --help}. */
final class ExitCode {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  private ExitCode() {}
}
