package releases.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import releases.UserException;

/** Parses a user's query, or fails with one line that says what is wrong and at which column. */
final class QuerySyntax {

  private QuerySyntax() {}

  static Query parse(String text, boolean any) {
    return parse(text, new ReleaseQueryParser(any));
  }

  /** The same, with {@code official:} and {@code quote:} answered from the index. */
  static Query parse(String text, boolean any, ReleaseQueryParser.Lookups lookups) {
    return parse(text, new ReleaseQueryParser(any, lookups));
  }

  /** The same syntax over quote documents, where plain words search the quoted text. */
  static Query parseQuotes(String text, boolean any) {
    return parse(text, ReleaseQueryParser.overQuotes(any));
  }

  static Query parseQuotes(String text, boolean any, ReleaseQueryParser.Lookups lookups) {
    return parse(text, ReleaseQueryParser.overQuotes(any, lookups));
  }

  private static Query parse(String text, ReleaseQueryParser parser) {
    if (text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    checkBalance(text);
    checkTrailingBackslash(text);
    try {
      return parser.parse(escapeIds(text));
    } catch (ParseException e) {
      throw UserException.usage("bad query: " + explain(e));
    } catch (TokenMgrError e) {
      throw UserException.usage("bad query: " + lexical(e));
    }
  }

  /** An id holds '/' (a directory) and '#' (a release within a file): {@code id:0000/000022} needs no escaping. */
  private static final Pattern ID_VALUE =
      Pattern.compile("(?i)(?<![\\w.])(id:)([^\\s\"()]+)");

  static String escapeIds(String text) {
    Matcher m = ID_VALUE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = m.group(2).replace("\\", "");
      m.appendReplacement(sb, Matcher.quoteReplacement(
          m.group(1) + QueryParser.escape(value)));
    }
    return m.appendTail(sb).toString();
  }

  /** A backslash escapes the next character; one at the very end has none, which the grammar reports cryptically. */
  private static void checkTrailingBackslash(String text) {
    int run = 0;
    for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      run++;
    }
    if (run % 2 == 1) {
      throw UserException.usage("bad query: the backslash at column " + text.length()
          + " escapes nothing; write \\\\ for a backslash itself");
    }
  }

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

  /** The grammar's lexer messages ("Lexical error at line 1, column 15 ... (in lexical state 2)") as a column and a hint. */
  static String lexical(TokenMgrError e) {
    Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
    String where = m.find() ? " at column " + m.group(1) : "";
    return "cannot read the query" + where + "; put a backslash before a special character meant literally"
        + " (+ - ! ( ) { } [ ] ^ \" ~ * ? : / \\)";
  }

  /** Quotes and parentheses are the common slips; the grammar's own messages for them are long and cryptic. */
  static void checkBalance(String text) {
    int openQuote = -1;
    java.util.ArrayDeque<Integer> parens = new java.util.ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        openQuote = openQuote < 0 ? i : -1;
      } else if (openQuote < 0 && c == '(') {
        parens.push(i);
      } else if (openQuote < 0 && c == ')') {
        if (parens.isEmpty()) {
          throw UserException.usage("bad query: ')' at column " + (i + 1) + " has no matching '('");
        }
        parens.pop();
      }
    }
    if (openQuote >= 0) {
      throw UserException.usage("bad query: the quote at column " + (openQuote + 1) + " is never closed");
    }
    if (!parens.isEmpty()) {
      throw UserException.usage("bad query: '(' at column " + (parens.peek() + 1) + " is never closed");
    }
  }

  private static String explain(ParseException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ReleaseQueryParser.QueryError q) {
        return q.getMessage();
      }
      if (t instanceof TokenMgrError tme) {
        return lexical(tme);
      }
      if (t instanceof ParseException pe && pe.currentToken != null) {
        Token next = pe.currentToken.next;
        if (next == null || next.kind == 0) {
          return "the query ends too early, after '" + pe.currentToken.image + "'";
        }
        // The grammar counts columns from 0; people count from 1.
        return "unexpected '" + next.image + "' at column " + (next.beginColumn + 1);
      }
    }
    return firstLine(e.getMessage());
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
