package releases.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and damaged files are each skipped with a one-line reason, or read within bounds; the run goes on. */
class BadInputTest {

  @TempDir Path corpus;

  @Test
  void eachBadFileGetsOneLineAndTheGoodOnesAreExported() throws Exception {
    Path forms = FormGoldensTest.FORMS;
    Files.copy(forms.resolve("pdf_letterhead/source.pdf"), corpus.resolve("good.pdf"));
    byte[] pdf = Files.readAllBytes(forms.resolve("pdf_letterhead/source.pdf"));
    Files.write(corpus.resolve("corrupt.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(corpus.resolve("locked.pdf").toFile());
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(corpus.resolve("bomb.docx")))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] run = "<w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r>".repeat(1000).getBytes(StandardCharsets.US_ASCII);
      zip.write("<w:document xmlns:w=\"w\"><w:body><w:p>".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 1000; i++) { // 43 MB inflated, 100 KB on disk
        zip.write(run);
      }
      zip.write("</w:p></w:body></w:document>".getBytes(StandardCharsets.US_ASCII));
    }
    byte[] warc = Files.readAllBytes(forms.resolve("warc_crawl/source.warc.gz"));
    Files.write(corpus.resolve("cut.warc.gz"), Arrays.copyOf(warc, (int) (warc.length * 0.7)));
    try (OutputStream out = Files.newOutputStream(corpus.resolve("huge.html"))) {
      out.write(Files.readAllBytes(forms.resolve("html_gov_article/source.html")));
      byte[] filler = "<div><p>Filler paragraph of a page that never ends.</p></div>\n".getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < 40L << 20; n += filler.length) {
        out.write(filler);
      }
    }
    Files.copy(forms.resolve("mbox_two_and_broken/source.mbox"), corpus.resolve("box.mbox"));

    long start = System.nanoTime();
    CliRunner r = CliRunner.run("export", "--corpus=" + corpus, "--threads=2");
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertEquals(0, r.code(), r.err());
    assertTrue(seconds < 60, "took " + seconds + " s");
    List<String> errors = r.err().lines().toList();
    assertTrue(errors.stream().anyMatch(l -> l.matches("skipped .*bomb.docx: document text inflates past 32 MiB.*")), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.matches("skipped .*corrupt.pdf: corrupt PDF.*")), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.matches("skipped .*locked.pdf: encrypted PDF: a password is needed to read it")), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.matches("skipped .*cut.warc.gz: cut short after 1 pages.*")), r.err());
    assertTrue(errors.stream().anyMatch(l -> l.matches("skipped .*box.mbox: message 2: not an e-mail.*")), r.err());
    List<String> ids = r.out().lines().map(l -> l.replaceAll("^\\{\"id\":\"([^\"]*)\".*", "$1")).toList();
    assertEquals(List.of("box#1", "box#3", "cut#1", "good", "huge"), ids);
    assertTrue(r.out().lines().filter(l -> l.startsWith("{\"id\":\"huge\"")).findFirst().orElseThrow().length() < 6 << 20);
  }
}
