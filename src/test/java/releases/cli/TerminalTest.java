package releases.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the launcher says about stdout and stderr decides colour and progress bars, each stream on its own. */
class TerminalTest {

  private String stdout;
  private String stderr;

  @BeforeEach
  void save() {
    stdout = System.getProperty("releases.stdout.tty");
    stderr = System.getProperty("releases.stderr.tty");
  }

  @AfterEach
  void restore() {
    restore("releases.stdout.tty", stdout);
    restore("releases.stderr.tty", stderr);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void autoColourFollowsTheLaunchersAnswerForStdout() {
    String noColor = System.getenv("NO_COLOR");
    assumeTrue(noColor == null || noColor.isEmpty(), "NO_COLOR is set in this environment");
    System.setProperty("releases.stdout.tty", "true");
    assertTrue(Terminal.colour("auto", true));
    assertFalse(Terminal.colour("auto", false), "JSON and CSV are never coloured");
    System.setProperty("releases.stdout.tty", "false");
    assertFalse(Terminal.colour("auto", true));
    assertTrue(Terminal.colour("always", true));
    assertFalse(Terminal.colour("never", true));
  }

  @Test
  void stdoutAndStderrAreAnsweredSeparately() {
    System.setProperty("releases.stdout.tty", "false");
    System.setProperty("releases.stderr.tty", "true");
    assertFalse(Terminal.interactive());
    assertTrue(Terminal.stderrInteractive());
    System.setProperty("releases.stdout.tty", "true");
    System.setProperty("releases.stderr.tty", "false");
    assertTrue(Terminal.interactive());
    assertFalse(Terminal.stderrInteractive());
  }
}
