package releases.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import releases.extract.Extractor;
import releases.ingest.SkippedFileException;
import releases.ingest.Source;
import releases.ingest.SourceReader;
import releases.render.Json;

/** Scores the extractor on a corpus written by {@code releases generate} against the ground truth it wrote. */
final class GeneratedCorpus {

  private GeneratedCorpus() {}

  /** Every release named in {@code truth} (one JSON object a line) is read from {@code corpus} and scored. */
  static ExtractionScore score(Path corpus, Path truth) throws IOException, SkippedFileException {
    ExtractionScore score = new ExtractionScore();
    for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode expected = Goldens.JSON.readTree(line);
      String id = expected.get("id").asText();
      Path file = corpus.resolve(id + ".txt");
      Source source = SourceReader.read(file, id);
      String json = Json.toJson(RecordJson.of(Extractor.extract(id, file.toString(), source.text())));
      score.add(id, expected, Goldens.JSON.readTree(json));
    }
    return score;
  }
}
