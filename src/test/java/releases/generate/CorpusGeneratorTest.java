package releases.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.cli.CliRunner;
import releases.ingest.Corpus;

class CorpusGeneratorTest {

  @TempDir Path tmp;

  @Test
  void sameSeedGivesByteIdenticalCorpusWhateverTheThreadCount() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Path c = tmp.resolve("c");
    new CorpusGenerator(new CorpusGenerator.Options(1500, a, 42, tmp.resolve("a.jsonl"), 1)).run();
    new CorpusGenerator(new CorpusGenerator.Options(1500, b, 42, tmp.resolve("b.jsonl"), 2)).run();
    new CorpusGenerator(new CorpusGenerator.Options(1500, c, 43, null, 2)).run();
    List<Path> filesA = files(a);
    assertEquals(1500, filesA.size());
    assertEquals(filesA.stream().map(a::relativize).toList(), files(b).stream().map(b::relativize).toList());
    for (Path f : filesA) {
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(a.relativize(f))), f.toString());
    }
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a.jsonl")), Files.readAllBytes(tmp.resolve("b.jsonl")));
    assertNotEquals(Files.readString(a.resolve("0000/000000.txt")), Files.readString(c.resolve("0000/000000.txt")));
  }

  @Test
  void commandWritesThousandFileDirectoriesAndOneTruthLinePerRelease() throws IOException {
    Path out = tmp.resolve("corpus");
    Path truth = tmp.resolve("truth.jsonl");
    CliRunner r = CliRunner.run("generate", "--docs", "1203", "--out", out.toString(), "--seed", "7",
        "--truth", truth.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("generated 1203 releases"), r.err());
    assertTrue(Files.isRegularFile(out.resolve("0000/000999.txt")));
    assertTrue(Files.isRegularFile(out.resolve("0001/001202.txt")));
    assertEquals(1203, files(out).size());

    Corpus corpus = new Corpus(out);
    List<String> lines = Files.readAllLines(truth, StandardCharsets.UTF_8);
    assertEquals(1203, lines.size());
    ObjectMapper json = new ObjectMapper();
    List<Path> files = corpus.files();
    for (int i = 0; i < lines.size(); i++) {
      JsonNode t = json.readTree(lines.get(i));
      String id = t.get("id").asText();
      assertEquals(corpus.idOf(files.get(i)), id, "truth is in corpus order");
      String text = Files.readString(out.resolve(id + ".txt"), StandardCharsets.UTF_8);
      String flat = TruthChecks.flatten(text);
      for (JsonNode q : t.get("quotes")) {
        // Each quote's opening words are in the file (the whole text may span an attribution, so stop at the
        // first comma or period, which ends the first quoted piece at the latest).
        String words = q.get("text").asText();
        String head = words.split("[,.]", 2)[0];
        head = head.substring(0, Math.min(30, head.length()));
        assertTrue(flat.contains(head), id + ": " + head);
        assertFalse(q.get("speaker").asText().isBlank());
      }
      for (JsonNode c : t.get("counties")) {
        assertTrue(flat.contains(c.get("county").asText()), id + ": " + c);
      }
      if (!t.get("state").isNull()) {
        assertEquals(2, t.get("state_code").asText().length());
      }
    }
  }

  @Test
  void badOptionsAreOneLineErrors() throws IOException {
    CliRunner zero = CliRunner.run("generate", "--docs", "0", "--out", tmp.resolve("x").toString());
    assertEquals(2, zero.code());
    assertEquals(1, zero.err().lines().count(), zero.err());
    assertTrue(zero.err().startsWith("releases: --docs must be at least 1"), zero.err());

    Files.createDirectories(tmp.resolve("full"));
    Files.writeString(tmp.resolve("full/keep.txt"), "mine");
    CliRunner full = CliRunner.run("generate", "--docs", "5", "--out", tmp.resolve("full").toString());
    assertEquals(1, full.code());
    assertTrue(full.err().contains("is not empty"), full.err());
    assertEquals("mine", Files.readString(tmp.resolve("full/keep.txt")), "existing files are left alone");

    CliRunner missing = CliRunner.run("generate", "--docs", "5");
    assertEquals(2, missing.code());
    assertFalse(missing.err().contains("Exception"), missing.err());
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
