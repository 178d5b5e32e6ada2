package releases.serve;

/** A request refused with an HTTP status other than 400 (which a {@link releases.UserException} usage error gives). */
final class HttpError extends RuntimeException {

  private final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
