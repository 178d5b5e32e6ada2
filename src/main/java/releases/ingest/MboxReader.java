package releases.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A mailbox to one page per message, streamed: messages start at a "From " line, and a "&gt;From " line inside
 * one is un-escaped. A message that cannot be read is passed over with a note; the others are kept.
 */
final class MboxReader {

  /** Past this many messages the rest of the mailbox is not read. */
  static final int MAX_MESSAGES = 100_000;

  private MboxReader() {}

  static Reading read(Path file) throws IOException {
    List<Page> pages = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean truncated = false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream message = new ByteArrayOutputStream();
      int number = 0;
      boolean cut = false;
      boolean previousBlank = true;
      for (byte[] line; (line = readLine(in)) != null; ) {
        if (previousBlank && startsWith(line, "From ")) {
          ReadLimit.check();
          if (number > 0) {
            add(pages, notes, message.toByteArray(), number, cut);
          }
          if (++number > MAX_MESSAGES) {
            truncated = true;
            number--;
            message.reset();
            break;
          }
          message.reset();
          cut = false;
        } else if (number > 0) {
          if (message.size() + line.length <= SourceReader.MAX_BYTES) {
            int skip = line.length > 5 && line[0] == '>' && startsWith(line, ">From ", 0) ? 1 : 0;
            message.write(line, skip, line.length - skip);
          } else {
            cut = true;
          }
        }
        previousBlank = isBlank(line);
      }
      if (number > 0 && message.size() > 0) {
        add(pages, notes, message.toByteArray(), number, cut);
      }
    }
    return new Reading(pages, truncated, notes);
  }

  private static void add(List<Page> pages, List<String> notes, byte[] raw, int number, boolean cut) {
    try {
      pages.add(Parsers.get().mail(raw, number, Format.MBOX));
      if (cut) {
        notes.add("message " + number + ": longer than " + (SourceReader.MAX_BYTES >> 20) + " MiB, read in part");
      }
    } catch (SkippedFileException e) {
      notes.add("message " + number + ": " + e.getMessage());
    }
  }

  /** One line with its end, or null at the end of the stream. */
  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    int b;
    while ((b = in.read()) >= 0) {
      line.write(b);
      if (b == '\n') {
        break;
      }
    }
    return line.size() == 0 && b < 0 ? null : line.toByteArray();
  }

  private static boolean startsWith(byte[] line, String prefix) {
    return startsWith(line, prefix, 0);
  }

  private static boolean startsWith(byte[] line, String prefix, int from) {
    if (line.length < from + prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (line[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
