package releases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruthTest {

  @Test
  void quoteTextJoinsSegmentsAsExportDoes() {
    Truth.Quote q = new Truth.Quote("Ann Lee", "Sheriff", "Clay County",
        List.of("We are ready,", "The work goes on.", "It will not stop,"));
    assertEquals("We are ready. The work goes on. It will not stop", q.text());
    assertEquals("Done.", new Truth.Quote("A B", null, null, List.of("Done.")).text());
  }

  @Test
  void jsonLineHasTheExportFieldNamesAndEscapes() throws Exception {
    Truth t = new Truth("0000/000001", LocalDate.of(2011, 5, 10), "Jefferson City", "Missouri", "MO",
        List.of(new Truth.County("Texas", "Missouri"), new Truth.County("Loudoun", "Virginia")),
        List.of(new Truth.Quote("William J. Hochul Jr.", "U.S. Attorney", null, List.of("A \\ b\tc,"))));
    String line = t.toJson();
    assertEquals("{\"id\":\"0000/000001\",\"date\":\"2011-05-10\",\"city\":\"Jefferson City\",\"state\":\"Missouri\","
        + "\"state_code\":\"MO\",\"counties\":[{\"county\":\"Texas\",\"state\":\"Missouri\"},{\"county\":\"Loudoun\","
        + "\"state\":\"Virginia\"}],\"quotes\":[{\"speaker\":\"William J. Hochul Jr.\",\"role\":\"U.S. Attorney\","
        + "\"organization\":null,\"text\":\"A \\\\ b\\u0009c\"}]}", line);
    JsonNode n = new ObjectMapper().readTree(line);
    assertEquals("A \\ b\tc", n.get("quotes").get(0).get("text").asText());

    Truth none = new Truth("0000/000002", null, null, null, null, List.of(), List.of());
    assertEquals("{\"id\":\"0000/000002\",\"date\":null,\"city\":null,\"state\":null,\"state_code\":null,"
        + "\"counties\":[],\"quotes\":[]}", none.toJson());
  }
}
