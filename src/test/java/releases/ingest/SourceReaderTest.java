package releases.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import releases.extract.Extractor;
import releases.extract.Release;

class SourceReaderTest {

  @TempDir Path dir;

  @Test
  void emptyAndBlankFilesAreSkippedAsEmpty() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n");
    assertEquals("empty", assertThrows(SkippedFileException.class, () -> SourceReader.read(empty, "empty")).getMessage());
    assertEquals("empty", assertThrows(SkippedFileException.class, () -> SourceReader.read(blank, "blank")).getMessage());
  }

  @Test
  void binaryFilesAreSkippedAsNotText() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    Path file = Files.write(dir.resolve("photo.txt"), png);
    assertEquals("not text", assertThrows(SkippedFileException.class, () -> SourceReader.read(file, "photo")).getMessage());
  }

  @Test
  void windows1252BytesAreDecodedAsWindows1252() throws Exception {
    String text = "MIAMI - \u201CWe act,\u201D said Director Jos\u00E9 Pe\u00F1a. The caf\u00E9 closed \u2013 for good.\n";
    Path file = Files.write(dir.resolve("cp1252.txt"), text.getBytes(Charset.forName("windows-1252")));
    Source source = SourceReader.read(file, "cp1252");
    assertEquals(text, source.text());
    Release r = Extractor.extract(source.id(), file.toString(), source.text());
    assertEquals("Jos\u00E9 Pe\u00F1a", r.quotes().get(0).speaker());
    assertEquals("Miami", r.city());
  }

  @Test
  void utf8WithByteOrderMarkIsReadWithoutIt() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "CHICAGO - Caf\u00E9 owner charged.".getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    assertEquals("CHICAGO - Caf\u00E9 owner charged.", SourceReader.read(Files.write(dir.resolve("bom.txt"), all), "bom").text());
  }

  @Test
  void aThirtyMegabyteFileIsReadOnlyUpToTheCapAndExtractsQuickly() throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] paragraph = ("\"Under this plan, we act,\" said Director Julian Ashcombe of the academy in Polk County. "
        + "Officers went on with the work and the work went on.\n\n").getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("WASHINGTON - A very long release follows.\n\n".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 30L << 20; written += paragraph.length) {
        out.write(paragraph);
      }
    }
    Source source = SourceReader.read(big, "big");
    assertTrue(source.truncated());
    assertTrue(source.text().length() <= SourceReader.MAX_BYTES, "length " + source.text().length());
    long t0 = System.nanoTime();
    Release r = Extractor.extract("big", big.toString(), source.text());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertEquals("Washington", r.city());
    assertFalse(r.quotes().isEmpty());
    assertEquals("Polk", r.counties().get(0).county());
    assertTrue(millis < 20_000, "4 MiB took " + millis + " ms");
  }

  @Test
  void aFileWithNoHeaderOrDatelineStillGivesARecordWithNulls() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"),
        "some notes somebody saved\nwith no headline, no date and no place in them at all\n");
    Source source = SourceReader.read(file, "plain");
    Release r = Extractor.extract(source.id(), "plain.txt", source.text());
    assertNull(r.date());
    assertNull(r.city());
    assertNull(r.state());
    assertNull(r.stateCode());
    assertTrue(r.quotes().isEmpty());
    assertTrue(r.counties().isEmpty());
    assertTrue(r.body().contains("no place in them"), r.body());
  }

  @Test
  void aFileReadWholeInItsHeadOrBeyondItIsTheSameUnhashedOrHashed() throws Exception {
    // One file shorter than the sniffed head (read once) and one longer (read again after the head).
    String line = "PEORIA, Ill. - The board met on Tuesday, said Chair Ada Holm.\n";
    Path small = Files.writeString(dir.resolve("small.txt"), line);
    Path large = Files.writeString(dir.resolve("large.txt"), line.repeat(Sniffer.HEAD_BYTES / line.length() + 10));
    for (Path file : new Path[] {small, large}) {
      Source hashed = SourceReader.read(file, "x");
      Source unhashed = SourceReader.readUnhashed(file, "x");
      assertEquals(Files.readString(file), hashed.text());
      assertEquals(hashed.text(), unhashed.text());
      assertEquals(32, hashed.hash().length());
      assertEquals(Source.NOT_HASHED, unhashed.hash());
      assertFalse(hashed.truncated());
    }
  }

  @Test
  void theBinaryTestAnswersAsCountingByteByByte() {
    java.util.Random random = new java.util.Random(3);
    byte[] alphabet = {'a', ' ', '\n', '\r', '\t', '\f', 0x01, 0x1F, 0x20, (byte) 0x80, (byte) 0xFF, 0};
    for (int round = 0; round < 5_000; round++) {
      byte[] bytes = new byte[random.nextInt(200)];
      int controls = random.nextInt(4); // from none to many of the rare bytes
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(10) < controls ? alphabet[2 + random.nextInt(alphabet.length - 2)] : alphabet[random.nextInt(2)];
      }
      int control = 0;
      boolean nul = false;
      for (byte b : bytes) {
        int v = b & 0xFF;
        nul |= v == 0;
        control += v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' ? 1 : 0;
      }
      assertEquals(nul || control * 20 > bytes.length, SourceReader.looksBinary(bytes), java.util.Arrays.toString(bytes));
    }
  }
}
