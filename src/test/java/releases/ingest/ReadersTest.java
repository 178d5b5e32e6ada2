package releases.ingest;

import releases.ingest.parse.MailReader;
import releases.ingest.parse.HtmlReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format readers' own rules, each on a small input: reflow, mail, RTF, sniffing and decoding. */
class ReadersTest {

  @Test
  void pdfLinesBecomeParagraphsWithoutRunningHeadersAndAcrossPages() {
    String page1 = """
        Office of the Sheriff of Calloway Bend
        Sheriff names new undersheriff
        MARLOW, Ore. - Sheriff Nadia Ostrander on Monday named a twenty-year veteran of the office as its new
        undersheriff, effective at once, after a search that drew applicants from three states and the
        enforce-
        ment division of the state police, where the new undersheriff
        Page 1 of 2
        """;
    String page2 = """
        Office of the Sheriff of Calloway Bend
        served for a decade before joining the county office.
        ###
        Contact: Public Information Office
        Page 2 of 2
        """;
    String text = EndMark.cut(PdfReflow.reflow(List.of(page1, page2)));
    assertEquals("""
        Office of the Sheriff of Calloway Bend
        Sheriff names new undersheriff
        MARLOW, Ore. - Sheriff Nadia Ostrander on Monday named a twenty-year veteran of the office as its new \
        undersheriff, effective at once, after a search that drew applicants from three states and the \
        enforcement division of the state police, where the new undersheriff served for a decade before joining \
        the county office.""", text);
  }

  @Test
  void mailSubjectLosesTagsAndTheFooterGoes() throws Exception {
    String mail = "From: Press <press@cb.example>\r\nSubject: [CB-News] Fwd: NEWS RELEASE: Bridge reopens\r\n"
        + "Date: Tue, 02 Jun 2020 10:00:00 -0400\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
        + "Content-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>View this email in your browser</p>"
        + "<p>MARLOW, Ore. =E2=80=93 The Elm Street bridge reopened on Monday after a year of repairs, the county "
        + "said.</p><p>It carries 9,000 cars a day.</p><p>You are receiving this because you subscribed.</p>"
        + "<p>Unsubscribe</p></body></html>\r\n";
    Page page = MailReader.read(mail.getBytes(StandardCharsets.US_ASCII), 0);
    assertEquals("Bridge reopens", page.title());
    assertEquals(LocalDate.of(2020, 6, 2), page.date());
    assertEquals("eml", page.provenance().format());
    assertEquals("Bridge reopens\n\nMARLOW, Ore. \u2013 The Elm Street bridge reopened on Monday after a year of "
        + "repairs, the county said.\n\nIt carries 9,000 cars a day.", page.text());
  }

  @Test
  void aPageHeldInOneFormIsReadAndItsSearchFormIsNot() {
    String html = "<html><head><title>Bridge reopens | County</title></head><body><form id=\"aspnetForm\" method=\"post\">"
        + "<div id=\"search\"><form action=\"/s\">Search the site <input name=\"q\"></form></div>"
        + "<div id=\"content\"><h1>Bridge reopens after repairs</h1><p>MARLOW, Ore. - The Elm Street bridge reopened "
        + "on Monday after a year of repairs that closed the only crossing of the river in the county, officials said.</p>"
        + "<p>The bridge carries 9,000 cars a day and was rebuilt with a wider walkway and new lights along its span.</p>"
        + "<p>Commissioner Ada Brill said the county finished the work two months early and under its budget.</p></div>"
        + "</form></body></html>";
    Page page = HtmlReader.read(html, Format.HTML, null);
    assertEquals("Bridge reopens after repairs", page.title());
    assertTrue(page.text().startsWith("Bridge reopens after repairs\n\nMARLOW, Ore. - The Elm Street bridge"), page.text());
    assertTrue(!page.text().contains("Search the site"), page.text());
  }

  @Test
  void rtfKeepsParagraphsAndCharactersAndSkipsItsTables() {
    String rtf = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}}{\\*\\generator Wordpad;}{\\info{\\title T}}"
        + "\\pard Caf\\'e9 owner \\ldblquote thanked\\rdblquote  the city\\par\\pard Second \\u8212? line\\line next\\par}";
    assertEquals("Caf\u00E9 owner \u201Cthanked\u201D the city\n\nSecond \u2014 line\nnext",
        RtfReader.toText(rtf.getBytes(StandardCharsets.US_ASCII)).strip());
  }

  @Test
  void markupSavedAsTextIsReadAsHtmlWithTheLetterheadDate() {
    // A page's fragment saved as .txt: no html or body tag, five block tags or more; its date line stands in a
    // letterhead above the block that holds the release.
    String fragment = """
        <div style="margin-top: 20px;"><img src="logo.png" alt="Town of Ferrisburg" width="175" height="101">
        <div style="text-align:center;">
        <p style="font-weight:bold;">P.O. BOX 410 FERRISBURG, VT 05456</p></div>
        </div>
        <div style="clear:both; text-align:center;">
        <p style="font-size: 150%; font-weight: bold;">FOR IMMEDIATE RELEASE</p>
        <p style="font-weight:bold;">March 3, 2022</p>
        </div>
        <div><h1>Ferrisburg names a new fire chief</h1>
        <div class="content"><span>FERRISBURG, Vt.</span> - The Town of Ferrisburg on Thursday named Captain Orla Whitfield its new fire chief.<br />
        <br />
        "Orla knows every road and every hydrant in this town," said Town Manager Jonah Pettibone.<br />
        <br />
        Whitfield has served with the department for 19 years.</div></div>
        """;
    assertEquals(Format.HTML, Sniffer.text(fragment, "release.txt"));
    assertEquals(Format.TEXT, Sniffer.text("A line <br> and <p> two tags, as prose quotes them.", "a.txt"));
    Page page = HtmlReader.read(fragment, Format.HTML, null);
    assertEquals("Ferrisburg names a new fire chief", page.title());
    assertEquals(LocalDate.of(2022, 3, 3), page.date());
    assertTrue(page.text().contains("FERRISBURG, Vt. - The Town of Ferrisburg"), page.text());
    assertTrue(!page.text().contains("<br"), page.text());
  }

  @Test
  void formatsAreToldByContent() {
    assertEquals(Format.PDF, Sniffer.binary("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Format.RTF, Sniffer.binary("{\\rtf1\\ansi".getBytes(StandardCharsets.US_ASCII)));
    assertNull(Sniffer.binary("Plain words".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(Format.HTML, Sniffer.text("<!-- saved -->\n<html><body>x</body></html>", "a.txt"));
    assertEquals(Format.HTML, Sniffer.text("<p>A fragment</p>", "a.htm"));
    assertEquals(Format.TEXT, Sniffer.text("WASHINGTON - A <b>bold</b> claim.", "a.txt"));
    assertEquals(Format.EML, Sniffer.text("From: a@b.example\nSubject: Hi\n\nBody", "x"));
    assertEquals(Format.MBOX, Sniffer.text("From a@b.example Mon Jan 1 00:00:00 2018\nFrom: a@b.example\nSubject: Hi\n\nB", "x"));
    assertEquals(Format.TEXT, Sniffer.text("From the desk of the mayor: a statement.\n\nMore.", "x"));
  }

  @Test
  void utf16IsFoundWithoutABomAndDeclaredCharsetsAreHonoured() {
    assertEquals(StandardCharsets.UTF_16LE, TextDecoder.utf16("CHICAGO - Words.".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(StandardCharsets.UTF_16BE, TextDecoder.utf16("CHICAGO - Words.".getBytes(StandardCharsets.UTF_16BE)));
    assertNull(TextDecoder.utf16("CHICAGO - Words.".getBytes(StandardCharsets.UTF_8)));
    assertEquals(TextDecoder.WINDOWS_1252, TextDecoder.declared("<meta charset=\"ISO-8859-1\">".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("KOI8-R", TextDecoder.declared("<?xml version=\"1.0\" encoding=\"koi8-r\"?>".getBytes(StandardCharsets.US_ASCII)).name());
    assertEquals("Bridge reopens after repairs", HtmlReader.siteless("Bridge reopens after repairs | Calloway Bend County"));
    assertEquals("Bridge reopens after repairs", HtmlReader.siteless("News | Bridge reopens after repairs"));
  }
}
