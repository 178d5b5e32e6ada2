package releases.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the dateline and date parsers (docs/fuzzing.md): any line gives an answer or none,
 * never an exception, and a date found lies inside the text it was found in.
 */
class DateFuzzTest {

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 1, unit = TimeUnit.SECONDS)
  void parse(FuzzedDataProvider data) {
    int hintYear = data.consumeInt(1900, 2100);
    String text = data.consumeRemainingAsString();
    Dateline.parse(text);
    Dateline.placeOnly(text);
    Dateline.breakBeforeWireDatelines(text);
    Dates.find(text);
    Dates.latestYear(text);
    Dates.fromPath(text);
    Dates.Found f = Dates.first(text, hintYear);
    if (f != null) {
      assertTrue(0 <= f.start() && f.start() <= f.end() && f.end() <= text.length(), f.toString());
    }
    Dates.shortYear(text);
  }
}
