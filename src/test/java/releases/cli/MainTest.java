package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void helpListsCommandsExamplesAndExitCodes() {
    CliRunner r = CliRunner.run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("export"), r.out());
    assertTrue(r.out().contains("Examples:"), r.out());
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.out().contains("2  bad usage or bad query"), r.out());
  }

  @Test
  void unknownCommandIsAUsageErrorOnOneLineWithoutTrace() {
    CliRunner r = CliRunner.run("frobnicate");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("releases: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void versionIsPrinted() {
    CliRunner r = CliRunner.run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("releases "), r.out());
  }
}
