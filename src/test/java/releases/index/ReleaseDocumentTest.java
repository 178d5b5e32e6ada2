package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import releases.extract.County;
import releases.extract.Quote;
import releases.extract.Release;

class ReleaseDocumentTest {

  static Release release(String state, String code) {
    return new Release("x/1", "corpus/x/1.txt", "Sheriff joins program", "A subtitle", LocalDate.of(2012, 1, 17),
        "Greeley", state, code, List.of(new County("Weld", "Colo."), new County("Larimer", null)),
        List.of(new Quote("Ann  Example", "Sheriff", null, "We are glad."), new Quote("Ann Example", null, null, "Again.")),
        "GREELEY, Colo. - The sheriff said so.");
  }

  static List<String> stored(Document d, String field) {
    return Arrays.stream(d.getFields(field)).map(IndexableField::stringValue).toList();
  }

  @Test
  void statesAreStoredInTheTablesSpelling() throws IOException {
    assertEquals(List.of("Colorado"), stored(ReleaseDocument.of(release("colorado", "CO"), "h"), Fields.STATE));
    assertEquals(List.of("Colorado"), stored(ReleaseDocument.of(release("Colo.", "CO"), "h"), Fields.STATE));
    // A place outside the table is kept as the extractor wrote it rather than dropped.
    assertEquals(List.of("Ontario"), stored(ReleaseDocument.of(release("Ontario", "ON"), "h"), Fields.STATE));
    assertEquals(List.of(), stored(ReleaseDocument.of(release(null, null), "h"), Fields.STATE));
  }

  @Test
  void storedFieldsAreWhatAHitShows() throws IOException {
    Document d = ReleaseDocument.of(release("Colorado", "CO"), "abc");
    assertEquals("x/1", d.get(Fields.ID));
    assertEquals("corpus/x/1.txt", d.get(Fields.PATH));
    // The subtitle is searchable as part of the title but not shown as the title.
    assertEquals(List.of("Sheriff joins program"), Arrays.stream(d.getFields(Fields.TITLE))
        .filter(f -> f.fieldType().stored()).map(IndexableField::stringValue).toList());
    assertEquals(LocalDate.of(2012, 1, 17).toEpochDay(), d.getField(Fields.DATE).numericValue().longValue());
    assertEquals("Greeley", d.get(Fields.CITY));
    assertFalse(d.getField(Fields.OFFICIAL).fieldType().stored(), "officials are indexed for search, not stored");
    assertEquals(1, d.getFields(Fields.OFFICIAL).length, "one speaker quoted twice, spaces normalised");
    assertEquals(List.of("Weld, Colorado", "Larimer"),
        Arrays.stream(d.getFields(Fields.COUNTY)).map(f -> f.stringValue()).toList());
  }
}
