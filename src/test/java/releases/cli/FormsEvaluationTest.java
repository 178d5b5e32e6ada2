package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same generated releases (a seed the fixtures never used) written by {@code generate --format} as text, HTML,
 * PDF, DOCX, e-mails, a mailbox and a web archive score within 0.01 of the text on date, state, city, quote F1 and
 * county F1: each form reads like its text.
 */
class FormsEvaluationTest {

  private static final int DOCS = 84;

  @TempDir Path dir;

  @Test
  void everyFormScoresLikeTheText() throws Exception {
    Map<String, ExtractionScore> scores = new LinkedHashMap<>();
    for (String format : List.of("txt", "html", "pdf", "docx", "eml", "mbox", "warc")) {
      Path corpus = dir.resolve(format);
      Path truth = dir.resolve(format + ".truth.jsonl");
      CliRunner g = CliRunner.run("generate", "--docs=" + DOCS, "--out=" + corpus, "--seed=29", "--truth=" + truth,
          "--format=" + format);
      assertEquals(0, g.code(), g.err());
      scores.put(format, score(corpus, truth));
    }
    ExtractionScore text = scores.get("txt");
    StringBuilder report = new StringBuilder();
    scores.forEach((f, s) -> report.append(String.format(java.util.Locale.ROOT,
        "%-5s date %.3f state %.3f city %.3f quote F1 %.3f county F1 %.3f%n", f, s.dateAccuracy(), s.stateAccuracy(),
        s.cityAccuracy(), s.quotes().f1(), s.counties().f1())));
    System.out.println("Saved forms against text, " + DOCS + " generated releases each:\n" + report);
    for (ExtractionScore s : scores.values()) {
      assertTrue(Math.abs(s.dateAccuracy() - text.dateAccuracy()) <= 0.01, report.toString());
      assertTrue(Math.abs(s.stateAccuracy() - text.stateAccuracy()) <= 0.01, report.toString());
      assertTrue(Math.abs(s.cityAccuracy() - text.cityAccuracy()) <= 0.01, report.toString());
      assertTrue(Math.abs(s.quotes().f1() - text.quotes().f1()) <= 0.01, report.toString());
      assertTrue(Math.abs(s.counties().f1() - text.counties().f1()) <= 0.01, report.toString());
    }
  }

  /** Exports the corpus as a user would, then scores every release the truth names. */
  private static ExtractionScore score(Path corpus, Path truth) throws Exception {
    CliRunner export = CliRunner.run("export", "--corpus=" + corpus);
    assertEquals(0, export.code(), export.err());
    assertEquals("", export.err());
    Map<String, JsonNode> records = new HashMap<>();
    for (String line : export.out().lines().toList()) {
      JsonNode r = Goldens.JSON.readTree(line);
      records.put(r.get("id").asText(), r);
    }
    ExtractionScore score = new ExtractionScore();
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      JsonNode expected = Goldens.JSON.readTree(line);
      String id = expected.get("id").asText();
      JsonNode actual = records.get(id);
      assertTrue(actual != null, "no record " + id + " in " + records.keySet());
      score.add(id, expected, actual);
    }
    assertEquals(DOCS, records.size());
    return score;
  }
}
