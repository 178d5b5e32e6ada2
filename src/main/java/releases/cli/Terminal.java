package releases.cli;

import java.io.Console;

/** Whether output goes to a person at a terminal, which decides colour and progress bars. */
final class Terminal {

  private Terminal() {}

  /**
   * Since JDK 22 {@code System.console()} returns a console even when the streams are redirected, and only
   * {@code Console.isTerminal()} (absent from the JDK 21 API we compile against) tells the difference.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** ANSI colour for {@code --color auto}: a terminal, and no NO_COLOR in the environment (no-color.org). */
  static boolean colour(String mode) {
    return switch (mode) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> {
        String noColor = System.getenv("NO_COLOR");
        yield (noColor == null || noColor.isEmpty()) && interactive();
      }
      default -> throw releases.UserException.usage("unknown --color '" + mode + "': use auto, always or never");
    };
  }
}
