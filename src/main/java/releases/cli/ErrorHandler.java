package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import releases.Echo;
import releases.UserException;

/** Maps every error to one line {@code releases: message} and an exit code; the trace only with --stacktrace. */
final class ErrorHandler implements IExecutionExceptionHandler {

  private final boolean stacktrace;

  ErrorHandler(boolean stacktrace) {
    this.stacktrace = stacktrace;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (stacktrace) {
      e.printStackTrace(err);
    }
    if (e instanceof ParameterException pe) {
      return usage(pe, null);
    }
    if (e instanceof UserException ue) {
      // One line whatever user text the message repeats.
      err.println("releases: " + Echo.line(ue.getMessage()));
      return ue.usage() ? ExitCode.USAGE : ExitCode.FAILURE;
    }
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof IOException io) {
      err.println("releases: " + Echo.line(describe(io)));
      return ExitCode.FAILURE;
    }
    err.println("releases: internal error: " + Echo.of(String.valueOf(e)) + (stacktrace ? "" : " (run with --stacktrace for details)"));
    return ExitCode.FAILURE;
  }

  static int usage(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("releases: " + message(e));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  /** picocli's message, with the closest command or option when the user typed an unknown one. */
  private static String message(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    String typed = u.getUnmatched().getFirst();
    List<String> near = u.getSuggestions().stream().filter(n -> !n.equals("help") && close(typed, n)).limit(3).toList();
    String hint = near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?";
    CommandLine cmd = e.getCommandLine();
    if (cmd.getCommandSpec().parent() == null && !typed.startsWith("-")) {
      return "unknown command '" + typed + "'" + (near.isEmpty()
          ? "; commands are " + String.join(", ", cmd.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList())
          : hint);
    }
    return near.isEmpty() ? e.getMessage() : "unknown option '" + typed + "'" + hint;
  }

  /** Within a few typos (picocli's own suggestions go by shared letters, and offer "generate" for "frobnicate"). */
  static boolean close(String typed, String name) {
    String a = typed.replaceFirst("^-+", "");
    String b = name.replaceFirst("^-+", "");
    return distance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 3);
  }

  /** Edits (insert, delete, replace, swap of neighbours) between two words. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return switch (name) {
      case "NoSuchFileException" -> "no such file or directory: " + e.getMessage();
      case "AccessDeniedException" -> "permission denied: " + e.getMessage();
      default -> e.getMessage() == null ? name : e.getMessage();
    };
  }
}
