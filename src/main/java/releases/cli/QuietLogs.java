package releases.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps Lucene's start-up advice (about the incubating vector module) off the user's stderr. */
final class QuietLogs {

  // Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
  private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private QuietLogs() {}

  static void apply() {
    VECTORIZATION.setLevel(Level.SEVERE);
  }
}
