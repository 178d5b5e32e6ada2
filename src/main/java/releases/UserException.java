package releases;

/**
 * An error the user can act on: a bad query or option (a usage error, exit 2) or a state of the world such as a
 * missing or locked index (a failure, exit 1). The message is one line and says what to do.
 */
public class UserException extends RuntimeException {

  private final boolean usage;

  public UserException(String message, boolean usage) {
    super(message, null, false, false);
    this.usage = usage;
  }

  /** A bad query or option: exit code 2. */
  public static UserException usage(String message) {
    return new UserException(message, true);
  }

  /** Something the user must fix outside the command line: exit code 1. */
  public static UserException failure(String message) {
    return new UserException(message, false);
  }

  public boolean usage() {
    return usage;
  }
}
