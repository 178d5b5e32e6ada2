package releases.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import releases.index.IndexUpdater;

/** Reports an index run on stderr: every skipped file, and a progress bar once a run on a terminal takes a while. */
final class ProgressBar implements IndexUpdater.Listener {

  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long showAfter;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  /** @param enabled whether stderr is a terminal that can redraw a line */
  ProgressBar(PrintWriter err, boolean enabled) {
    this(err, enabled, SHOW_AFTER_NANOS);
  }

  ProgressBar(PrintWriter err, boolean enabled, long showAfterNanos) {
    this.err = err;
    this.enabled = enabled;
    this.showAfter = showAfterNanos;
  }

  @Override
  public void skipped(Path file, String reason) {
    clear();
    err.println(OneLine.skipped(file, reason));
  }

  @Override
  public void progress(int done, int total) {
    long now = System.nanoTime();
    if (!enabled || now - start < showAfter || (drawn && now - lastDraw < REDRAW_NANOS) || total == 0) {
      return;
    }
    lastDraw = now;
    int filled = (int) ((long) WIDTH * done / total);
    err.print("\rindexing [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
    err.flush();
    drawn = true;
  }

  /** Erases the bar so that the next line starts clean. */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
