package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Help, version and usage errors of every command, compared whole with what the annotated picocli commands printed
 * (recorded before the commands were declared through the programmatic API): the command line must not change.
 */
class UsageGoldenTest {

  /** One command line of cases.txt and the file that holds what it must print. */
  record Case(int number, String line, Path golden) {
    @Override
    public String toString() {
      return "releases " + line;
    }

    String[] args() {
      return line.isBlank() ? new String[0] : line.strip().split(" +");
    }
  }

  static List<Case> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(UsageGoldenTest.class.getResource("/cli-usage").toURI());
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("cases.txt"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        int n = cases.size() + 1;
        cases.add(new Case(n, line, dir.resolve(String.format("%02d.txt", n))));
      }
    }
    return cases;
  }

  /** Exit code, stdout and stderr of one run, in the layout of the golden files. */
  static String transcript(String... args) {
    CliRunner r = CliRunner.run(args);
    return "exit " + r.code() + "\n--- stdout\n" + r.out() + "--- stderr\n" + r.err();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsWhatTheAnnotatedCommandsPrinted(Case c) {
    String expected;
    try {
      if (Boolean.getBoolean("releases.golden.update")) {
        // -Dreleases.golden.update=true rewrites the files after a deliberate change; review them with git diff.
        Files.writeString(Path.of("src/test/resources/cli-usage").resolve(c.golden().getFileName()),
            transcript(c.args()), StandardCharsets.UTF_8);
      }
      expected = Files.readString(c.golden(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(expected, transcript(c.args()));
  }
}
