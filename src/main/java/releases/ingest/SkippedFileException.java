package releases.ingest;

/** A corpus file that cannot be read as a release; the message is the short reason shown to the user. */
public final class SkippedFileException extends Exception {

  public SkippedFileException(String reason) {
    super(reason, null, false, false);
  }
}
