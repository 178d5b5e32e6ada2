package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsOnATerminalAndClearsBeforeASkippedLine() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true, 0);
    bar.progress(5, 10);
    assertEquals("\rindexing [" + "#".repeat(15) + " ".repeat(15) + "] 5/10", err.toString());
    bar.skipped(Path.of("/tmp/x.bin"), "not text");
    assertEquals("\r\033[Kskipped /tmp/x.bin: not text" + System.lineSeparator(),
        err.toString().substring(err.toString().indexOf("5/10") + 4));
  }

  @Test
  void staysQuietWhenNotATerminal() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), false, 0);
    bar.progress(5, 10);
    bar.clear();
    assertEquals("", err.toString());
    bar.skipped(Path.of("/tmp/x.bin"), "not text");
    assertEquals("skipped /tmp/x.bin: not text", err.toString().strip());
  }
}
