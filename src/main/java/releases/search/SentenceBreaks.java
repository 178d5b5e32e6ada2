package releases.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import releases.extract.Sentences;

/**
 * Sentence boundaries for snippets that know a release's abbreviations: the JDK's sentence iterator ends a sentence
 * at "St." in "St. Louis", and loading its rules is a good part of a short search's first snippet.
 */
final class SentenceBreaks extends BreakIterator {

  private String text = "";
  private int begin;
  private int[] bounds = {0};
  private int at;

  @Override
  public int first() {
    at = 0;
    return current();
  }

  @Override
  public int last() {
    at = bounds.length - 1;
    return current();
  }

  @Override
  public int next(int n) {
    int target = at + n;
    if (target < 0 || target >= bounds.length) {
      at = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    at = target;
    return current();
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, offset - begin);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= bounds.length) {
      at = bounds.length - 1;
      return DONE;
    }
    at = i;
    return current();
  }

  @Override
  public int preceding(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, offset - begin);
    i = i >= 0 ? i - 1 : -i - 2;
    if (i < 0) {
      at = 0;
      return DONE;
    }
    at = i;
    return current();
  }

  @Override
  public boolean isBoundary(int offset) {
    check(offset);
    int i = Arrays.binarySearch(bounds, offset - begin);
    if (i >= 0) {
      at = i;
      return true;
    }
    following(offset);
    return false;
  }

  @Override
  public int current() {
    return begin + bounds[at];
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    begin = 0;
    bounds = Sentences.starts(newText);
    at = 0;
  }

  @Override
  public void setText(CharacterIterator it) {
    StringBuilder sb = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
    for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
      sb.append(c);
    }
    setText(sb.toString());
    begin = it.getBeginIndex();
  }

  private void check(int offset) {
    if (offset < begin || offset > begin + text.length()) {
      throw new IllegalArgumentException("offset " + offset + " outside the text");
    }
  }
}
