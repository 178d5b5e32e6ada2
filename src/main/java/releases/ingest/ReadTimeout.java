package releases.ingest;

import java.time.Duration;

/** A file's reading ran past its {@link ReadLimit}; the message is the one-line reason the file is skipped with. */
public final class ReadTimeout extends RuntimeException {

  public ReadTimeout(Duration limit) {
    super("took longer than " + ReadLimit.describe(limit) + " to read", null, false, false);
  }
}
