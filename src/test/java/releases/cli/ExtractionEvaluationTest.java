package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Scores the extractor over every golden fixture and holds it to the accuracy the project promises. */
class ExtractionEvaluationTest {

  @Test
  void fixturesMeetTheAccuracyTargets() throws Exception {
    ExtractionScore score = new ExtractionScore();
    for (Goldens.Case c : Goldens.all()) {
      score.add(c.id(), c.expected(), c.actual());
    }
    assertMeetsTargets("fixtures", score);
  }

  /** 120 releases written by {@code releases generate --docs 120 --seed 11 --truth ...}, kept with their truth. */
  @Test
  void generatedSampleMeetsTheAccuracyTargets() throws Exception {
    Path root = Path.of(getClass().getResource("/generated").toURI());
    assertMeetsTargets("generated sample", GeneratedCorpus.score(root.resolve("corpus"), root.resolve("truth.jsonl")));
  }

  /** A larger generated corpus on request: -Dreleases.eval.corpus=DIR -Dreleases.eval.truth=FILE. */
  @Test
  @EnabledIfSystemProperty(named = "releases.eval.corpus", matches = ".+")
  void externalGeneratedCorpusMeetsTheAccuracyTargets() throws Exception {
    Path corpus = Path.of(System.getProperty("releases.eval.corpus"));
    Path truth = Path.of(System.getProperty("releases.eval.truth", corpus + ".truth.jsonl"));
    assertMeetsTargets(corpus.toString(), GeneratedCorpus.score(corpus, truth));
  }

  private static void assertMeetsTargets(String what, ExtractionScore score) {
    List<String> misses = score.misses();
    String report = score.report() + String.join("\n", misses.subList(0, Math.min(40, misses.size())));
    System.out.println("Extraction evaluation over " + what + ": " + report);
    assertTrue(score.dateAccuracy() >= 0.99, report);
    assertTrue(score.stateAccuracy() >= 0.99, report);
    assertTrue(score.cityAccuracy() >= 0.95, report);
    assertTrue(score.quotes().f1() >= 0.95, report);
    assertTrue(score.counties().f1() >= 0.90, report);
  }

  @Test
  void scoreCountsPrecisionAndRecallFromTheItems() throws Exception {
    JsonNode expected = Goldens.JSON.readTree("""
        {"date":"2011-05-10","state":"Ohio","city":"Canton","title":"t",
         "quotes":[{"speaker":"A B","text":"one two three"},{"speaker":"C D","text":"four five"}],
         "counties":[{"county":"Stark","state":"Ohio"},{"county":"Tuscarawas","state":"Ohio"}]}""");
    JsonNode actual = Goldens.JSON.readTree("""
        {"date":"2011-05-11","state":"Ohio","city":"Canton","title":"t",
         "quotes":[{"speaker":"A B","text":"One, two three."},{"speaker":"X Y","text":"four five"}],
         "counties":[{"county":"Stark","state":"Ohio"},{"county":"Tuscarawas","state":"Ohio"},
                     {"county":"Wayne","state":"Ohio"}]}""");
    ExtractionScore score = new ExtractionScore();
    score.add("x", expected, actual);
    assertEquals(0.0, score.dateAccuracy());
    assertEquals(1.0, score.stateAccuracy());
    assertEquals(0.5, score.quotes().precision());
    assertEquals(0.5, score.quotes().recall());
    assertEquals(2 / 3.0, score.counties().precision(), 1e-9);
    assertEquals(1.0, score.counties().recall());
    assertEquals(0.8, score.counties().f1(), 1e-9);
  }
}
