package releases.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Word (DOCX) and OpenDocument (ODT) text, read with the JDK alone: both are zip files whose main XML part holds
 * the paragraphs. Each part is inflated through a counting stream, so a zip bomb stops at {@link #MAX_XML_BYTES}.
 */
final class ZipDocumentReader {

  static final long MAX_XML_BYTES = 32L << 20;
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private ZipDocumentReader() {}

  static Page read(Path file, Format format) throws IOException, SkippedFileException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      // The first bytes tell most OpenDocument files (an uncompressed "mimetype" first); the parts tell the rest.
      boolean docx = format == Format.DOCX && zip.getEntry("word/document.xml") != null;
      if (!docx && zip.getEntry("content.xml") != null) {
        format = Format.ODT;
      }
      ZipEntry main = zip.getEntry(docx ? "word/document.xml" : "content.xml");
      if (main == null) {
        throw new SkippedFileException(docx ? "zip archive, not a Word or OpenDocument file" : "OpenDocument without text");
      }
      String text = EndMark.cut(paragraphs(zip, main, docx));
      if (text.isBlank()) {
        throw new SkippedFileException("document with no text");
      }
      return new Page(0, text, new Provenance(format.label(), SavedFrom.find(text), null), null, null);
    } catch (ZipException e) {
      throw new SkippedFileException("corrupt " + format.label() + ": " + e.getMessage());
    } catch (EOFException e) {
      // A fuzz finding: a cut archive ends inside its directory or an entry, which is damage, not an I/O failure.
      throw new SkippedFileException("corrupt " + format.label() + ": cut short");
    }
  }

  private static String paragraphs(ZipFile zip, ZipEntry entry, boolean docx) throws IOException, SkippedFileException {
    StringBuilder out = new StringBuilder();
    StringBuilder para = new StringBuilder();
    try (InputStream in = new Bounded(zip.getInputStream(entry), MAX_XML_BYTES)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      boolean inText = false;
      int skip = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (skip > 0 || (docx && (name.equals("instrText") || name.equals("delText")))
              || (!docx && (name.equals("note") || name.equals("annotation") || name.equals("tracked-changes")))) {
            skip++;
          } else if (docx && name.equals("t")) {
            inText = true;
          } else if (name.equals("tab")) {
            para.append(' ');
          } else if (name.equals(docx ? "br" : "line-break") || name.equals("cr")) {
            para.append('\n');
          } else if (!docx && name.equals("s")) {
            para.append(' ');
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String name = r.getLocalName();
          if (skip > 0) {
            skip--;
          } else if (docx && name.equals("t")) {
            inText = false;
          } else if (docx ? name.equals("p") : (name.equals("p") || name.equals("h"))) {
            String p = para.toString().strip();
            if (!p.isEmpty()) {
              out.append(p).append("\n\n");
            }
            para.setLength(0);
          }
        } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && skip == 0
            && (inText || !docx)) {
          para.append(r.getText());
        }
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof TooLarge || e.getCause() instanceof TooLarge) {
        throw new SkippedFileException("document text inflates past " + (MAX_XML_BYTES >> 20) + " MiB (zip bomb?)");
      }
      throw new SkippedFileException("corrupt document XML: " + e.getMessage());
    } catch (TooLarge e) {
      throw new SkippedFileException("document text inflates past " + (MAX_XML_BYTES >> 20) + " MiB (zip bomb?)");
    }
    return out.toString().strip();
  }

  /** Thrown by {@link Bounded} when an entry inflates past its limit. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("entry too large", null);
    }
  }

  /** An input stream that fails once more than {@code limit} bytes came through it. */
  static final class Bounded extends FilterInputStream {
    private final long limit;
    private long count;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && ++count > limit) {
        throw new TooLarge();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (count += n) > limit) {
        throw new TooLarge();
      }
      return n;
    }
  }
}
