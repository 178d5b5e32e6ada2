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

  @Test
  void longStringsAreEscapedAsCharacterByCharacter() throws Exception {
    // Strings of 16 characters or more are scanned eight bytes a step; random ones over the characters that need
    // escaping, their neighbours, Latin-1, the line separators and a character outside the basic plane.
    String alphabet = "ab \"\\\n\r\t\u0000\u001f\u0020!#[]\u007f\u0080\u009f\u00e9\u00ff\u0100\u2014\u2028\u2029\uffff";
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 3000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(80);
      for (int k = 0; k < length; k++) {
        if (n % 5 == 0 && random.nextInt(40) == 0) {
          s.append("\uD83D\uDE00");
        } else {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = s.toString();
      assertEquals(text, JACKSON.readValue(Json.toJson(text), String.class), text);
      assertEquals(reference(text), Json.toJson(text));
    }
  }

  /** The escaping, one character at a time, from a table of the short escapes. */
  private static String reference(String s) {
    Map<Character, String> escapes = Map.of('"', "\\\"", '\\', "\\\\", '\n', "\\n", '\r', "\\r", '\t', "\\t");
    StringBuilder sb = new StringBuilder("\"");
    s.chars().forEach(c -> sb.append(escapes.getOrDefault((char) c,
        c < 0x20 || c == 0x2028 || c == 0x2029 ? String.format("\\u%04x", c) : String.valueOf((char) c))));
    return sb.append('"').toString();
  }
}
