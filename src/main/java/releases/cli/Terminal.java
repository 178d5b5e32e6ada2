package releases.cli;

import java.io.Console;

/** Whether output goes to a person at a terminal, which decides colour and progress bars. */
final class Terminal {

  private Terminal() {}

  /**
   * Whether standard output goes to a terminal. The launcher asks the shell ({@code [ -t 1 ]}) and passes the
   * answer as {@code releases.stdout.tty}, which also spares every text command the reflective call below (the JDK
   * spins a method accessor for it at first use); run without the launcher, the console is asked.
   */
  static boolean interactive() {
    String tty = System.getProperty("releases.stdout.tty");
    return tty != null ? tty.equals("true") : console();
  }

  /**
   * Since JDK 22 {@code System.console()} returns a console even when the streams are redirected, and only
   * {@code Console.isTerminal()} (absent from the JDK 21 API we compile against) tells the difference.
   */
  private static boolean console() {
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

  /**
   * Whether stderr, where progress bars go, is a terminal. Java cannot ask that of one stream, so the launcher,
   * which can ({@code [ -t 2 ]}), passes it as {@code releases.stderr.tty}; without it, fall back on the console.
   */
  static boolean stderrInteractive() {
    String tty = System.getProperty("releases.stderr.tty");
    return tty != null ? tty.equals("true") : console();
  }

  /** Whether to colour output that can show it; see {@link #colour(String, boolean)}. */
  static boolean colour(String mode) {
    return colour(mode, true);
  }

  /**
   * Whether to colour: {@code auto} means a terminal and no NO_COLOR in the environment (no-color.org). The
   * console is not consulted when the output cannot use colour anyway ({@code canUse} false, e.g. JSON).
   */
  static boolean colour(String mode, boolean canUse) {
    return switch (mode) {
      case "always" -> canUse;
      case "never" -> false;
      case "auto" -> {
        if (!canUse) {
          yield false;
        }
        String noColor = System.getenv("NO_COLOR");
        yield (noColor == null || noColor.isEmpty()) && interactive();
      }
      default -> throw releases.UserException.usage("unknown --color '" + mode + "': use auto, always or never");
    };
  }
}
