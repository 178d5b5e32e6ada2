package releases.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
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
    if (e instanceof UserException ue) {
      err.println("releases: " + ue.getMessage());
      return ue.usage() ? ExitCode.USAGE : ExitCode.FAILURE;
    }
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof IOException io) {
      err.println("releases: " + describe(io));
      return ExitCode.FAILURE;
    }
    err.println("releases: internal error: " + e + (stacktrace ? "" : " (run with --stacktrace for details)"));
    return ExitCode.FAILURE;
  }

  static int usage(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("releases: " + e.getMessage());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
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
