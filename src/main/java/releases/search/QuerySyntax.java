package releases.search;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import releases.Echo;
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

  /** The same over the embedded index, where plain words and {@code body:} also search the boilerplate field. */
  static Query parseReleases(String text, boolean any, ReleaseQueryParser.Lookups lookups) {
    return parse(text, ReleaseQueryParser.withBoilerplate(any, lookups));
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
    String tooLong = QueryLimits.length(text);
    if (tooLong != null) {
      throw UserException.usage("bad query: " + tooLong + "; shorten it");
    }
    checkBalance(text);
    checkTrailingBackslash(text);
    Query q;
    try {
      q = parser.parse(escapeIds(text));
    } catch (ParseException e) {
      throw UserException.usage("bad query: " + explain(e, parser));
    } catch (TokenMgrError e) {
      throw UserException.usage("bad query: " + lexical(e));
    } catch (TooComplexToDeterminizeException e) {
      throw UserException.usage("bad query: the pattern at column " + parser.column() + " is too complex to match;"
          + " simplify it");
    } catch (IllegalArgumentException e) {
      // What Lucene's query classes refuse (a boost of infinity, a bad edit distance): bad input, not a bug.
      throw UserException.usage("bad query: " + Echo.of(firstLine(e.getMessage())) + " at column " + parser.column());
    }
    checkClauses(q);
    return q;
  }

  /** The clauses Lucene counts against its limit, counted the same way (a word counts once per field it searches). */
  private static void checkClauses(Query q) {
    long[] n = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        n[0] += terms.length;
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        n[0]++;
      }

      @Override
      public void visitLeaf(Query query) {
        n[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (n[0] > QueryLimits.MAX_CLAUSES) {
      throw UserException.usage("bad query: it asks for " + n[0] + " terms (a word counts once for title: and once"
          + " for body:); the limit is " + QueryLimits.MAX_CLAUSES + "; use fewer words");
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
        if (parens.size() > QueryLimits.MAX_DEPTH) {
          // The grammar reads a group by calling itself: deep nesting would exhaust the stack.
          throw UserException.usage("bad query: the '(' at column " + (i + 1) + " nests parentheses more than "
              + QueryLimits.MAX_DEPTH + " deep; write the query flatter");
        }
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

  private static String explain(ParseException e, ReleaseQueryParser parser) {
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
          return "the query ends too early, after '" + Echo.of(pe.currentToken.image) + "'";
        }
        // The grammar counts columns from 0; people count from 1.
        return "unexpected '" + Echo.of(next.image) + "' at column " + (next.beginColumn + 1);
      }
      if (t.getCause() == null && t.getMessage() != null && !t.getMessage().startsWith("Cannot parse")) {
        // The parser's own refusals ("Fractional edit distances are not allowed!") say no place.
        if (t.getMessage().contains("Fuzzy") || t.getMessage().contains("edit distance")) {
          return "the edit distance after ~ at column " + parser.column() + " must be 0, 1 or 2 (Tuscarawaz~1)";
        }
        return Echo.of(firstLine(t.getMessage())).replaceAll("[.!]+$", "") + " at column " + parser.column();
      }
    }
    return "syntax error at column " + parser.column();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
