package releases.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * RTF text, read by a small tokenizer: paragraphs from {@code \par}, characters from {@code \'hh} (in the file's
 * code page) and {@code \\uN}, and the destinations that hold no body text (fonts, styles, headers, footers,
 * pictures, document info) passed over. The JDK's RTF kit loads Swing and drops Unicode; this is a page of code.
 */
final class RtfReader {

  private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
      "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "listtable",
      "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore",
      "latentstyles", "pgdsctbl", "filetbl", "revtbl", "fldinst", "footnote", "bkmkstart", "bkmkend", "field_inst",
      "mmathPr", "wgrffmtfilter", "fchars", "lchars", "pnseclvl", "listtext", "pntext", "shp", "nonshppict");

  private RtfReader() {}

  static Page read(Path file) throws IOException, SkippedFileException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(SourceReader.MAX_BYTES);
    }
    String text = EndMark.cut(toText(bytes).strip());
    if (text.isBlank()) {
      throw new SkippedFileException("RTF with no text");
    }
    return new Page(0, text, new Provenance(Format.RTF.label(), SavedFrom.find(text), null), null, null);
  }

  static String toText(byte[] b) {
    StringBuilder out = new StringBuilder(b.length / 2);
    Deque<int[]> stack = new ArrayDeque<>(); // per group: {skipping, unicode skip count}
    int skipping = 0;
    int uc = 1;
    int pendingSkip = 0;
    Charset codePage = TextDecoder.WINDOWS_1252;
    boolean groupStart = false;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c == '{') {
        stack.push(new int[] {skipping, uc});
        groupStart = true;
        i++;
        continue;
      }
      if (c == '}') {
        int[] s = stack.isEmpty() ? new int[] {0, 1} : stack.pop();
        skipping = s[0];
        uc = s[1];
        groupStart = false;
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < b.length) {
        int n = b[i + 1] & 0xFF;
        if (Character.isLetter(n)) {
          int j = i + 1;
          while (j < b.length && Character.isLetter(b[j] & 0xFF) && j - i < 40) {
            j++;
          }
          String word = new String(b, i + 1, j - i - 1, TextDecoder.WINDOWS_1252);
          int k = j;
          if (k < b.length && (b[k] == '-' || Character.isDigit(b[k] & 0xFF))) {
            k++;
            while (k < b.length && Character.isDigit(b[k] & 0xFF) && k - j < 12) {
              k++;
            }
          }
          Integer param = k > j ? parse(new String(b, j, k - j, TextDecoder.WINDOWS_1252)) : null;
          if (k < b.length && b[k] == ' ') {
            k++;
          }
          i = k;
          if (groupStart && SKIPPED.contains(word)) {
            skipping = 1;
          }
          groupStart = false;
          if (skipping > 0) {
            continue;
          }
          switch (word) {
            case "par", "sect", "page", "row" -> out.append("\n\n");
            case "line" -> out.append('\n');
            case "tab", "cell" -> out.append(' ');
            case "emdash" -> out.append('\u2014');
            case "endash" -> out.append('\u2013');
            case "lquote" -> out.append('\u2018');
            case "rquote" -> out.append('\u2019');
            case "ldblquote" -> out.append('\u201C');
            case "rdblquote" -> out.append('\u201D');
            case "bullet" -> out.append('\u2022');
            case "uc" -> uc = param == null ? 1 : Math.max(0, param);
            case "u" -> {
              if (param != null) {
                out.append((char) (param < 0 ? param + 65536 : param));
                pendingSkip = uc;
              }
            }
            case "ansicpg" -> codePage = codePage(param, codePage);
            default -> { }
          }
          continue;
        }
        groupStart = false;
        i += 2;
        if (n == '*') {
          skipping = 1; // an ignorable destination
        } else if (n == '\'' && i + 1 < b.length + 1) {
          int hex = hex(b, i);
          i += 2;
          if (skipping == 0 && hex >= 0) {
            if (pendingSkip > 0) {
              pendingSkip--;
            } else {
              out.append(new String(new byte[] {(byte) hex}, codePage));
            }
          }
        } else if (skipping == 0) {
          switch (n) {
            case '~' -> out.append(' ');
            case '_' -> out.append('-');
            case '\\', '{', '}' -> out.append((char) n);
            case '\n', '\r' -> out.append("\n\n");
            default -> { }
          }
        }
        continue;
      }
      groupStart = false;
      i++;
      if (c == '\r' || c == '\n' || skipping > 0) {
        continue;
      }
      if (pendingSkip > 0) {
        pendingSkip--;
        continue;
      }
      out.append(c < 0x80 ? (char) c : new String(new byte[] {(byte) c}, codePage).charAt(0));
    }
    return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
  }

  private static Integer parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int hex(byte[] b, int i) {
    if (i + 1 >= b.length) {
      return -1;
    }
    int hi = Character.digit(b[i], 16);
    int lo = Character.digit(b[i + 1], 16);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  }

  private static Charset codePage(Integer page, Charset fallback) {
    try {
      return page == null ? fallback : Charset.forName(page == 65001 ? "UTF-8" : "windows-" + page);
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
