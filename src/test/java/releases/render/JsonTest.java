package releases.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  @Test
  void escapesEverythingAJsonParserNeedsAndKeepsTheRest() throws Exception {
    String nasty = "say \"hi\"\\ now\n\ttab\r\u0001 caf\u00e9 \u201cquoted\u201d \u2028end";
    String json = Json.toJson(nasty);
    assertEquals(nasty, JACKSON.readValue(json, String.class));
    assertEquals("\"a\\\"b\\\\c\\nd\\u0001e\\u2028\"", Json.toJson("a\"b\\c\nd\u0001e\u2028"));
  }

  @Test
  void writesMapsInOrderWithNullsNumbersDatesAndLists() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", "x");
    m.put("date", LocalDate.of(2011, 5, 10));
    m.put("none", null);
    m.put("n", 3);
    m.put("list", Arrays.asList("a", null, true));
    assertEquals("{\"id\":\"x\",\"date\":\"2011-05-10\",\"none\":null,\"n\":3,\"list\":[\"a\",null,true]}", Json.toJson(m));
    assertEquals(List.of("id", "date", "none", "n", "list"),
        List.copyOf(JACKSON.readValue(Json.toJson(m), LinkedHashMap.class).keySet()));
  }
}
