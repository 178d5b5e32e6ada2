package releases.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the binary and mail fixtures under {@code src/test/resources/forms/} from the texts beside them; run by
 * hand when a fixture changes ({@code java -cp ... releases.ingest.WriteFormFixtures src/test/resources/forms}).
 */
public final class WriteFormFixtures {

  private WriteFormFixtures() {}

  public static void main(String[] args) throws Exception {
    Path forms = Path.of(args[0]);
    String training = Files.readString(forms.resolve("texts/training_center.txt"));
    String storm = Files.readString(forms.resolve("texts/storm_repairs.txt"));
    String chief = Files.readString(forms.resolve("texts/fire_chief.txt"));
    SavedForms.pdf(training, dir(forms, "pdf_letterhead").resolve("source.pdf"));
    SavedForms.docx(storm, dir(forms, "docx_word").resolve("source.docx"));
    SavedForms.odt(chief, dir(forms, "odt_writer").resolve("source.odt"));
    Files.writeString(dir(forms, "rtf_wordpad").resolve("source.rtf"), SavedForms.rtf(storm));
    Files.write(dir(forms, "utf16_no_bom").resolve("source.txt"), chief.getBytes(StandardCharsets.UTF_16LE));
    // The e-mail's Date header is a day after the release's own date, which must win.
    Files.writeString(dir(forms, "eml_press_list").resolve("source.eml"), SavedForms.eml(
        "Sheriff's office opens new training center in Marlow", "April 14, 2015\n\n" + body(training),
        "Wed, 15 Apr 2015 08:02:11 -0700", "b1"));
    String first = SavedForms.eml("Attorney General sues contractor over storm repairs", body(storm),
        "Fri, 08 Sep 2017 11:40:00 -0400", "b2");
    String third = SavedForms.eml("Mayor names new fire chief", body(chief), "Mon, 18 Feb 2019 16:20:00 -0500", "b3");
    String broken = "\u0000\u0001\u0002 this is not a message at all\n\n\u0003\u0004";
    Files.writeString(dir(forms, "mbox_two_and_broken").resolve("source.mbox"),
        "From press@ag.example Fri Sep  8 11:40:00 2017\n" + first.replace("\r\n", "\n").replace("\nFrom ", "\n>From ")
            + "\nFrom MAILER-DAEMON Fri Sep  8 11:41:00 2017\n" + broken
            + "\n\nFrom press@portelsin.example Mon Feb 18 16:20:00 2019\n" + third.replace("\r\n", "\n") + "\n");
    String page1 = SavedForms.html(training, "https://www.callowaybend.example.gov/news/training-center");
    String page2 = Files.readString(forms.resolve("html_blog_repost/source.html"));
    Files.write(dir(forms, "warc_crawl").resolve("source.warc.gz"), SavedForms.warc(SavedForms.crawl(List.of(page1, page2),
        List.of("https://www.callowaybend.example.gov/news/training-center", "https://scanner.example/2019/02/fire-chief"),
        "2019-03-02T04:05:06Z"), true));
  }

  /** The text below the header: an e-mail's body starts at the dateline, under its subject. */
  private static String body(String text) {
    return text.substring(text.lastIndexOf("\n\n", text.indexOf(" - ")) + 2);
  }

  private static Path dir(Path forms, String name) throws java.io.IOException {
    return Files.createDirectories(forms.resolve(name));
  }
}
