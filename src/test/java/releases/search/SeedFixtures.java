package releases.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import releases.extract.County;
import releases.extract.Quote;
import releases.extract.Release;
import releases.index.Fields;
import releases.index.ReleaseDocument;

/**
 * The five seed releases with the metadata a reader finds in them (written by hand from the seed texts), so the
 * index and search can be tested apart from the extractor, on an in-memory index.
 */
final class SeedFixtures {

  private SeedFixtures() {}

  static List<Release> releases() {
    Quote rapp = new Quote("Marc Rapp", "Acting Assistant Director", "Secure Communities", "Secure Communities enhances public safety");
    Quote mocny = new Quote("Robert Mocny", "Director", "US-VISIT", "US-VISIT is proud to support ICE");
    Quote roberts = new Quote("Daniel D. Roberts", "Assistant Director", "FBI", "Under this federal information-sharing initiative");
    Quote venturella = new Quote("David Venturella", "Executive Director", "Secure Communities", "The Secure Communities strategy");
    return List.of(
        release("000_3f986dff3164e6c5", "6 additional Missouri counties to benefit from ICE program", LocalDate.of(2011, 5, 10),
            "Jefferson City", "Missouri", "MO", counties("Missouri", "Barton", "Cedar", "Putnam", "Saint Clair", "Sullivan", "Vernon"),
            List.of(rapp, mocny, roberts)),
        release("001_777a67f6fe9c1807", "5 additional Alabama counties to benefit from ICE program", LocalDate.of(2011, 6, 7),
            "Birmingham", "Alabama", "AL", counties("Alabama", "Lamar", "Lawrence", "Marengo", "Marion", "Monroe"),
            List.of(rapp, mocny, roberts)),
        release("002_6bf3b7395b21e0e6", "2 additional Ohio counties to benefit from ICE program", LocalDate.of(2011, 5, 10),
            "Canton", "Ohio", "OH", counties("Ohio", "Stark", "Tuscarawas"), List.of(rapp, mocny, roberts)),
        release("003_0c8e674d2cd2648d", "St. Louis City and County first in Missouri to benefit from ICE strategy",
            LocalDate.of(2010, 9, 21), "St. Louis", "Missouri", "MO", counties("Missouri", "St. Louis City", "St. Louis"),
            List.of(venturella, mocny, roberts)),
        release("004_ceba64643707f28d", "New ICE initiative uses biometrics to enhance identification and removal",
            LocalDate.of(2009, 9, 10), "El Centro", "California", "CA", counties("California", "Imperial"),
            List.of(new Quote("Marc Rapp", "Acting Executive Director", "Secure Communities", "Secure Communities is a DHS initiative"),
                mocny, roberts)));
  }

  /** An in-memory index of {@code releases}, opened for searching. */
  static Searcher searcher(List<Release> releases) {
    return searcher(releases, QueryLimits.TIME_LIMIT);
  }

  /** The same, with each request cut off after {@code timeLimit}. */
  static Searcher searcher(List<Release> releases, java.time.Duration timeLimit) {
    try {
      Directory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Fields.ANALYZER))) {
        for (Release r : releases) {
          w.addDocuments(ReleaseDocument.block(r, "hash-" + r.id()));
        }
      }
      return new Searcher(dir, DirectoryReader.open(dir), timeLimit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same index cut into one segment per release, so that searches run over several slices at once. */
  static Searcher segmented(List<Release> releases) {
    try {
      Directory dir = new ByteBuffersDirectory();
      IndexWriterConfig config = new IndexWriterConfig(Fields.ANALYZER).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (Release r : releases) {
          w.addDocuments(ReleaseDocument.block(r, "hash-" + r.id()));
          w.commit();
        }
      }
      return new Searcher(dir, DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Searcher seeds() {
    return searcher(releases());
  }

  private static Release release(String id, String title, LocalDate date, String city, String state, String code,
      List<County> counties, List<Quote> quotes) {
    Path file = Path.of("seeds", id + ".txt");
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new Release(id, file.toString(), title, null, date, city, state, code, counties, quotes, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<County> counties(String state, String... names) {
    return java.util.Arrays.stream(names).map(n -> new County(n, state)).toList();
  }
}
