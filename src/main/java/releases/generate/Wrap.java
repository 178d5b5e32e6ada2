package releases.generate;

/** Hard-wraps text at a column the way reposts and mail archives did, breaking lines mid-sentence. */
final class Wrap {

  private Wrap() {}

  static String hard(String text, int width) {
    StringBuilder sb = new StringBuilder(text.length() + text.length() / width + 1);
    int col = 0;
    int i = 0;
    while (i < text.length()) {
      int next = text.indexOf(' ', i);
      int end = next < 0 ? text.length() : next;
      String word = text.substring(i, end);
      int nl = word.lastIndexOf('\n');
      if (col > 0 && col + 1 + word.length() > width) {
        sb.append('\n');
        col = 0;
      } else if (col > 0) {
        sb.append(' ');
        col++;
      }
      sb.append(word);
      col = nl >= 0 ? word.length() - nl - 1 : col + word.length();
      i = end + 1;
    }
    return sb.toString();
  }
}
