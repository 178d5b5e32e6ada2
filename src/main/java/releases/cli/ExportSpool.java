package releases.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import releases.extract.Paragraphs;
import releases.extract.Release;
import releases.extract.SharedParagraphs;
import releases.index.copies.CopyFinder;
import releases.index.copies.Signature;
import releases.index.copies.SignatureTable;
import releases.render.Json;

/**
 * Holds export records on disk until the whole corpus is read: whether a paragraph is boilerplate, and which
 * releases are copies of which, depend on every other release. So each record is written to a spool file as it
 * comes, and printed once the corpus is read, with its copies (clustered as an index run clusters them) and its
 * paragraphs marked. Memory stays one fingerprint a paragraph and one signature a release.
 */
final class ExportSpool implements AutoCloseable {

  private final Path file;
  private final DataOutputStream spool;
  private final SharedParagraphs counts = new SharedParagraphs();
  private final List<String> ids = new ArrayList<>();
  private final List<Long> dates = new ArrayList<>();
  private final SignatureTable signatures = new SignatureTable();

  /**
   * A release made ready for the spool: its record as JSON without the closing brace, its paragraphs' fingerprints
   * and their texts as JSON strings, all in UTF-8. Making it is the costly part, and needs no other release, so it
   * runs on the extraction threads ({@link #entry}); {@link #add} only counts and writes.
   */
  record Entry(String id, long day, Signature signature, byte[] record, List<Paragraphs.Paragraph> paragraphs,
      byte[][] texts) {}

  ExportSpool() throws IOException {
    file = Files.createTempFile("releases-export", ".spool");
    file.toFile().deleteOnExit();
    spool = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  /** Makes {@code release}'s entry; safe on any thread. */
  static Entry entry(Release release) {
    Paragraphs.Cut cut = Paragraphs.cut(release.body());
    StringBuilder line = new StringBuilder(release.body().length() + 1024);
    Json.write(line, RecordJson.of(release));
    line.setLength(line.length() - 1); // the closing brace: the paragraphs go before it
    byte[][] texts = new byte[cut.paragraphs().size()][];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = Json.toJson(cut.paragraphs().get(i).text()).getBytes(StandardCharsets.UTF_8);
    }
    long day = release.date() == null ? Long.MAX_VALUE : release.date().toEpochDay();
    return new Entry(release.id(), day, releases.index.copies.CopyFields.signature(release, cut.words()),
        line.toString().getBytes(StandardCharsets.UTF_8), cut.paragraphs(), texts);
  }

  /** Keeps {@code entry} for {@link #print}. */
  void add(Entry entry) throws IOException {
    counts.add(entry.paragraphs());
    ids.add(entry.id());
    dates.add(entry.day());
    signatures.add(entry.signature());
    bytes(entry.record());
    spool.writeInt(entry.texts().length);
    for (int i = 0; i < entry.texts().length; i++) {
      spool.writeLong(entry.paragraphs().get(i).fingerprint());
      bytes(entry.texts()[i]);
    }
  }

  /**
   * Prints every record kept, in the order added, each with {@code "copies"} (ids, earliest first) and
   * {@code "paragraphs"} (text and boilerplate).
   */
  void print(PrintWriter out) throws IOException {
    spool.close();
    Set<Long> boilerplate = counts.boilerplate();
    Comparator<Integer> order = Comparator.<Integer>comparingLong(dates::get).thenComparing(ids::get);
    int[] rep = CopyFinder.clusters(signatures, order);
    Map<Integer, List<Integer>> members = new java.util.HashMap<>();
    for (int i = 0; i < rep.length; i++) {
      members.computeIfAbsent(rep[i], k -> new ArrayList<>()).add(i);
    }
    int at = 0;
    StringBuilder line = new StringBuilder(16 * 1024);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      while (true) {
        String record;
        try {
          record = text(in);
        } catch (EOFException end) {
          break;
        }
        final int self = at++;
        List<String> copies = members.get(rep[self]).stream().filter(m -> m != self).sorted(order).map(ids::get)
            .toList();
        line.setLength(0);
        line.append(record).append(record.endsWith("{") ? "" : ",").append("\"copies\":");
        Json.write(line, copies).append(",\"paragraphs\":[");
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          long fingerprint = in.readLong();
          line.append(i == 0 ? "" : ",").append("{\"text\":").append(text(in))
              .append(",\"boilerplate\":").append(boilerplate.contains(fingerprint)).append('}');
        }
        line.append("]}\n");
        out.append(line);
      }
    }
  }

  private void bytes(byte[] b) throws IOException {
    spool.writeInt(b.length);
    spool.write(b);
  }

  private static String text(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    spool.close();
    Files.deleteIfExists(file);
  }
}
