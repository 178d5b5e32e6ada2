package releases.search;

import org.apache.lucene.queryparser.classic.ParseException;
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
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw UserException.usage("bad query: " + explain(e));
    } catch (TokenMgrError e) {
      throw UserException.usage("bad query: cannot read the query text (" + firstLine(e.getMessage()) + ")");
    }
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
        return "cannot read the query text (" + firstLine(tme.getMessage()) + ")";
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
