package releases.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import releases.extract.Extractor;
import releases.extract.Release;
import releases.extract.SourceReleases;

/**
 * Every fixture release, saved in every form (a web page, a PDF, Word and OpenDocument files, RTF, an e-mail, a
 * mailbox, a web archive, UTF-16 text), gives the record its text gives: the same headline, date, place, counties,
 * quotes and body.
 */
class SavedFormsTest {

  @TempDir
  Path dir;

  static Stream<Path> texts() throws IOException, URISyntaxException {
    Path fixtures = Path.of(SavedFormsTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> walk = Files.walk(fixtures)) {
      return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void everyFormGivesTheRecordOfTheText(Path fixture) throws Exception {
    String text = Files.readString(fixture, StandardCharsets.UTF_8);
    Release expected = Extractor.extractAll("r", "r", text).get(0);
    List<String> differences = new ArrayList<>();
    check("html", read(Files.writeString(dir.resolve("r.html"), SavedForms.html(text, "https://cb.example/r"))), expected, differences);
    check("utf-16", read(Files.write(dir.resolve("r16.txt"), text.getBytes(StandardCharsets.UTF_16))), expected, differences);
    check("utf-16le", read(Files.write(dir.resolve("r16le.txt"), text.getBytes(StandardCharsets.UTF_16LE))), expected, differences);
    check("docx", read(write(dir.resolve("r.docx"), p -> SavedForms.docx(text, p))), expected, differences);
    check("odt", read(write(dir.resolve("r.odt"), p -> SavedForms.odt(text, p))), expected, differences);
    check("rtf", read(Files.writeString(dir.resolve("r.rtf"), SavedForms.rtf(text))), expected, differences);
    // A PDF is printed without the site's link bars (the saved pages' markdown links); its letterhead is its header.
    String printed = SavedForms.pdfSafe(text.replaceAll("(?m)^.*\\]\\(.*$", ""));
    Release withLetterhead = Extractor.extractAll("r", "r", SavedForms.LETTERHEAD + "\n\n" + printed).get(0);
    check("pdf", read(write(dir.resolve("r.pdf"), p -> SavedForms.pdf(printed, p))), withLetterhead, differences);
    String page = SavedForms.html(text, "https://cb.example/r");
    byte[] warc = SavedForms.warc(SavedForms.crawl(List.of(page), List.of("https://cb.example/r"), "2016-03-01T12:00:00Z"), true);
    check("warc.gz", read(Files.write(dir.resolve("r.warc.gz"), warc)), expected, differences);
    assertTrue(differences.isEmpty(), fixture.getFileName() + ":\n" + String.join("\n", differences));
  }

  interface Writer {
    void write(Path p) throws IOException;
  }

  private static Path write(Path p, Writer w) throws IOException {
    w.write(p);
    return p;
  }

  private static Release read(Path file) throws IOException, SkippedFileException {
    List<Release> all = SourceReleases.of(SourceReader.read(file, "r"), "r");
    assertEquals(1, all.size(), file.getFileName() + " gave " + all.size() + " releases");
    return all.get(0);
  }

  static void check(String form, Release got, Release want, List<String> out) {
    field(out, form, "title", want.title(), got.title());
    field(out, form, "subtitle", want.subtitle(), got.subtitle());
    field(out, form, "date", want.date(), got.date());
    field(out, form, "city", want.city(), got.city());
    field(out, form, "state", want.state(), got.state());
    field(out, form, "counties", want.counties(), got.counties());
    field(out, form, "quotes", want.quotes(), got.quotes());
    field(out, form, "body", words(want.body()), words(got.body()));
  }

  static String words(String body) {
    return body.replaceAll("\\s+", " ").strip();
  }

  private static void field(List<String> out, String form, String name, Object want, Object got) {
    if (want == null ? got != null : !want.equals(got)) {
      out.add("  " + form + " " + name + ":\n    text: " + want + "\n    " + form + ": " + got);
    }
  }
}
