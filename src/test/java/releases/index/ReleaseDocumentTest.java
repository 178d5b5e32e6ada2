package releases.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
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
  void statesAreIndexedInTheTablesSpelling() {
    assertEquals(List.of("Colorado"), stored(ReleaseDocument.of(release("colorado", "CO"), "h"), Fields.STATE));
    assertEquals(List.of("Colorado"), stored(ReleaseDocument.of(release("Colo.", "CO"), "h"), Fields.STATE));
    // A place outside the table is kept as the extractor wrote it rather than dropped.
    assertEquals(List.of("Ontario"), stored(ReleaseDocument.of(release("Ontario", "ON"), "h"), Fields.STATE));
    assertEquals(List.of(), stored(ReleaseDocument.of(release(null, null), "h"), Fields.STATE));
  }

  @Test
  void onlyTheBodyIsStoredAndAHitIsShownFromDocValues() {
    Document d = ReleaseDocument.of(release("Colorado", "CO"), "abc");
    assertEquals(List.of(Fields.BODY), d.getFields().stream().filter(f -> f.fieldType().stored())
        .map(IndexableField::name).toList());
    assertEquals("x/1", d.get(Fields.ID));
    assertEquals("corpus/x/1.txt", binary(d, Fields.SHOWN_PATH));
    // The subtitle is searchable as part of the title but not shown as the title.
    assertEquals("Sheriff joins program", binary(d, Fields.SHOWN_TITLE));
    assertEquals(2, d.getFields(Fields.TITLE).length);
    assertEquals("Greeley", binary(d, Fields.SHOWN_CITY));
    assertEquals(LocalDate.of(2012, 1, 17).toEpochDay(), d.getField(Fields.DATE).numericValue().longValue());
    assertEquals(1, d.getFields(Fields.OFFICIAL).length, "one speaker quoted twice, spaces normalised");
    assertEquals(List.of("Weld, Colorado", "Larimer"),
        Arrays.stream(d.getFields(Fields.COUNTY)).map(f -> f.stringValue()).toList());
  }

  @Test
  void eachFacetDimensionHasItsOwnExactField() {
    Document d = ReleaseDocument.of(release("Colorado", "CO"), "abc");
    assertEquals(List.of("Colorado"), stored(d, Fields.FACET_FIELDS.get(Fields.DIM_STATE)));
    assertEquals(List.of("2012"), stored(d, Fields.FACET_FIELDS.get(Fields.DIM_YEAR)));
    assertEquals(List.of("2012-01"), stored(d, Fields.FACET_FIELDS.get(Fields.DIM_MONTH)));
    assertEquals(List.of("Ann Example"), stored(d, Fields.FACET_FIELDS.get(Fields.DIM_OFFICIAL)));
    assertEquals(List.of("Weld, Colorado", "Larimer"), stored(d, Fields.FACET_FIELDS.get(Fields.DIM_COUNTY)));
    for (String field : Fields.FACET_FIELDS.values()) {
      assertTrue(Arrays.stream(d.getFields(field))
          .allMatch(f -> f.fieldType().docValuesType() == DocValuesType.SORTED_SET), field + " counts from doc values");
    }
  }

  @Test
  void aQuoteStoresOnlyItsWordsAndSharesTheReleaseId() {
    List<Document> block = ReleaseDocument.block(release("Colorado", "CO"), "abc");
    assertEquals(3, block.size(), "two quotes, then the release closing the block");
    assertEquals(Fields.KIND_RELEASE, block.getLast().get(Fields.KIND));
    for (Document q : block.subList(0, 2)) {
      assertEquals("x/1", q.get(Fields.ID));
      assertEquals(List.of(Fields.QUOTE), q.getFields().stream().filter(f -> f.fieldType().stored())
          .map(IndexableField::name).toList());
    }
  }

  private static String binary(Document d, String field) {
    return d.getBinaryValue(field).utf8ToString();
  }
}
