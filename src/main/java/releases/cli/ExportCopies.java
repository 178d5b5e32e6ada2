package releases.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import releases.extract.Release;
import releases.index.copies.CopyFinder;
import releases.index.copies.Signature;
import releases.render.Json;

/**
 * Gives each exported record the ids of its copies: the records are spooled to a temporary file while their
 * signatures are kept, the corpus is clustered as an index run clusters it, and the records are then printed in
 * corpus order, each closed with {@code "copies": [...]}.
 */
final class ExportCopies implements AutoCloseable {

  private final Path spool;
  private final BufferedWriter writer;
  private final List<String> ids = new ArrayList<>();
  private final List<Long> dates = new ArrayList<>();
  private final List<Signature> sigs = new ArrayList<>();

  ExportCopies() throws IOException {
    spool = Files.createTempFile("releases-export", ".jsonl");
    writer = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
  }

  /** Keeps one record (its JSON object, without a line break) until the corpus is read. */
  void add(Release r, CharSequence json) throws IOException {
    ids.add(r.id());
    dates.add(r.date() == null ? Long.MAX_VALUE : r.date().toEpochDay());
    sigs.add(releases.index.copies.CopyFields.signature(r));
    writer.append(json).append('\n');
  }

  /** Prints every record with its copies, earliest first. */
  void print(PrintWriter out) throws IOException {
    writer.close();
    Comparator<Integer> order = Comparator.<Integer>comparingLong(dates::get).thenComparing(ids::get);
    int[] rep = CopyFinder.clusters(sigs.toArray(Signature[]::new), order);
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < rep.length; i++) {
      members.add(null);
    }
    for (int i = 0; i < rep.length; i++) {
      if (members.get(rep[i]) == null) {
        members.set(rep[i], new ArrayList<>());
      }
      members.get(rep[i]).add(i);
    }
    StringBuilder line = new StringBuilder(16 * 1024);
    try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rep.length; i++) {
        String json = in.readLine();
        final int self = i;
        List<String> copies = members.get(rep[i]).stream().filter(m -> m != self).sorted(order).map(ids::get).toList();
        // The record is a JSON object: its copies go in before its closing brace.
        line.setLength(0);
        line.append(json, 0, json.length() - 1).append(",\"copies\":");
        Json.write(line, copies).append("}\n");
        out.append(line);
      }
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
    Files.deleteIfExists(spool);
  }
}
