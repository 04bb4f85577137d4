// Lexer details: indentation, line joining, literal forms, f-string tokens, errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/lex/lexer.h"

namespace ingot::lex {
namespace {

std::string kind_name(TokenKind k) {
  switch (k) {
    case TokenKind::Name:
      return "NAME";
    case TokenKind::Number:
      return "NUMBER";
    case TokenKind::String:
      return "STRING";
    case TokenKind::FStringStart:
      return "FSTART";
    case TokenKind::FStringMiddle:
      return "FMID";
    case TokenKind::FStringEnd:
      return "FEND";
    case TokenKind::Op:
      return "OP";
    case TokenKind::Newline:
      return "NEWLINE";
    case TokenKind::Indent:
      return "INDENT";
    case TokenKind::Dedent:
      return "DEDENT";
    case TokenKind::EndMarker:
      return "END";
    case TokenKind::Error:
      return "ERROR";
  }
  return "?";
}

// "KIND:text" for every token, space-separated (text left out for layout tokens).
std::string tokens_of(std::string_view source) {
  TokenList list = tokenize(source);
  std::string out;
  for (const Token& t : list.tokens) {
    if (!out.empty()) out += ' ';
    out += kind_name(t.kind);
    bool layout = t.kind == TokenKind::Newline || t.kind == TokenKind::Indent;
    if (!t.text.empty() && !layout) out += ":" + std::string(t.text);
  }
  return out;
}

std::string error_of(std::string_view source) {
  TokenList list = tokenize(source);
  if (!list.error) return "no error";
  return std::to_string(list.error->loc.line) + ":" + std::to_string(list.error->loc.col) + " " +
         list.error->message;
}

TEST(Lex, IndentAndDedent) {
  EXPECT_EQ(tokens_of("if x:\n    y\nz\n"),
            "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE END");
  // Several dedents at once, and at the end of the file.
  EXPECT_EQ(tokens_of("a:\n b:\n  c\nd\n"),
            "NAME:a OP:: NEWLINE INDENT NAME:b OP:: NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT "
            "NAME:d NEWLINE END");
  EXPECT_EQ(tokens_of("a:\n b\n"), "NAME:a OP:: NEWLINE INDENT NAME:b NEWLINE DEDENT END");
}

TEST(Lex, BlankAndCommentLinesDoNotIndent) {
  EXPECT_EQ(tokens_of("a\n\n      # comment\n   \nb\n"), "NAME:a NEWLINE NAME:b NEWLINE END");
}

TEST(Lex, TabsFollowCPythonRules) {
  // A tab advances to the next multiple of 8: a tab and 8 spaces are the same column,
  // and consistent in both measures when used the same way on each line.
  EXPECT_EQ(error_of("if x:\n\ty\n\tz\n"), "no error");
  // Tab vs 8 spaces: equal columns but different "alternate" columns: TabError.
  EXPECT_EQ(error_of("if x:\n\ty\n        z\n"),
            "3:0 inconsistent use of tabs and spaces in indentation");
}

TEST(Lex, InconsistentDedent) {
  EXPECT_EQ(error_of("if x:\n    a\n  b\n"),
            "3:3 unindent does not match any outer indentation level");
}

TEST(Lex, ImplicitLineJoiningAndContinuation) {
  EXPECT_EQ(tokens_of("x = (1,\n     2)\n"),
            "NAME:x OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) NEWLINE END");
  EXPECT_EQ(tokens_of("x = 1 + \\\n  2\n"), "NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE END");
  EXPECT_EQ(error_of("x = 1 \\ 2\n"), "1:7 unexpected character after line continuation character");
}

TEST(Lex, Numbers) {
  EXPECT_EQ(tokens_of("0x_fF 0o17 0b1_0 1_000 1. .5 1e-3 1_0.0_1E+1_0 3j .5J 00\n"),
            "NUMBER:0x_fF NUMBER:0o17 NUMBER:0b1_0 NUMBER:1_000 NUMBER:1. NUMBER:.5 "
            "NUMBER:1e-3 NUMBER:1_0.0_1E+1_0 NUMBER:3j NUMBER:.5J NUMBER:00 NEWLINE END");
  // `1if` is a number then a keyword, as CPython allows.
  EXPECT_EQ(tokens_of("1if x else 2\n"), "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE END");
  EXPECT_EQ(error_of("1abc\n"), "1:0 invalid decimal literal");
  EXPECT_EQ(error_of("0x\n"), "1:1 invalid hexadecimal literal");
  EXPECT_EQ(error_of("0o8\n"), "1:2 invalid digit '8' in octal literal");
  EXPECT_EQ(error_of("0b102\n"), "1:4 invalid digit '2' in binary literal");
  EXPECT_EQ(error_of("01\n"),
            "1:0 leading zeros in decimal integer literals are not permitted; use an 0o "
            "prefix for octal integers");
  EXPECT_EQ(error_of("1__0\n"), "1:1 invalid decimal literal");
}

TEST(Lex, StringPrefixesAndQuotes) {
  for (std::string prefix : {"", "r", "u", "b", "br", "rb", "R", "U", "B", "bR", "Rb", "BR"}) {
    for (std::string quote : {"'", "\"", "'''", "\"\"\""}) {
      std::string literal = prefix + quote;
      literal.append("a\\").append(quote.substr(0, 1)).append("b").append(quote);
      EXPECT_EQ(tokens_of(literal + "\n"), "STRING:" + literal + " NEWLINE END") << literal;
    }
  }
  EXPECT_EQ(tokens_of("ur''\n"), "NAME:ur STRING:'' NEWLINE END");  // not a prefix
  EXPECT_EQ(tokens_of("'''a\n'b'\n'''\n"), "STRING:'''a\n'b'\n''' NEWLINE END");
}

TEST(Lex, StringErrors) {
  EXPECT_EQ(error_of("x = 'abc\n"), "1:4 unterminated string literal (detected at line 1)");
  EXPECT_EQ(error_of("x = '''abc\n\n"),
            "1:4 unterminated triple-quoted string literal (detected at line 2)");
}

TEST(Lex, FStringTokens) {
  EXPECT_EQ(tokens_of("f'a{x!r:>{w}}b'\n"),
            "FSTART:f' FMID:a OP:{ NAME:x OP:! NAME:r OP:: FMID:> OP:{ NAME:w OP:} OP:} FMID:b "
            "FEND:' NEWLINE END");
  // PEP 701: the same quote inside a replacement field, and nested f-strings.
  EXPECT_EQ(tokens_of("f\"{\"a\"}{f\"{1}\"}\"\n"),
            "FSTART:f\" OP:{ STRING:\"a\" OP:} OP:{ FSTART:f\" OP:{ NUMBER:1 OP:} FEND:\" OP:} "
            "FEND:\" NEWLINE END");
  // Doubled braces stay literal text; `=` and `:=` at field level.
  EXPECT_EQ(tokens_of("f'{{x}}{y=}{z:=3}'\n"),
            "FSTART:f' FMID:{{x}} OP:{ NAME:y OP:= OP:} OP:{ NAME:z OP:: FMID:=3 OP:} FEND:' "
            "NEWLINE END");
  // A lambda or dict inside parentheses keeps its ':'.
  EXPECT_EQ(tokens_of("f'{(lambda: 1)()}'\n"),
            "FSTART:f' OP:{ OP:( NAME:lambda OP:: NUMBER:1 OP:) OP:( OP:) OP:} FEND:' NEWLINE "
            "END");
  EXPECT_EQ(tokens_of("rf'\\{x}'\n"), "FSTART:rf' FMID:\\ OP:{ NAME:x OP:} FEND:' NEWLINE END");
  EXPECT_EQ(error_of("f'a}'\n"), "1:3 f-string: single '}' is not allowed");
}

TEST(Lex, BomAndCrlf) {
  EXPECT_EQ(tokens_of("\xEF\xBB\xBFx = 1\r\ny = 2\r\n"),
            "NAME:x OP:= NUMBER:1 NEWLINE NAME:y OP:= NUMBER:2 NEWLINE END");
  TokenList list = tokenize("\xEF\xBB\xBFx\r\n");
  EXPECT_EQ(list.tokens[0].loc.col, 0);  // columns start after the BOM
}

TEST(Lex, SourceEncodings) {
  // A PEP 263 cookie on line 1 or 2 decodes the file (through ICU); tokens are UTF-8.
  TokenList latin = tokenize("# -*- coding: latin-1 -*-\nx = '\xE9'\n");
  ASSERT_FALSE(latin.error);
  EXPECT_EQ(latin.tokens[2].text, "'\xC3\xA9'");
  TokenList koi = tokenize("#!/usr/bin/env python\n# vim: set fileencoding=koi8-r :\nx = '\xF0'\n");
  ASSERT_FALSE(koi.error);
  EXPECT_EQ(koi.tokens[2].text, "'\xD0\x9F'");
  // Not on line 2 after code.
  EXPECT_FALSE(tokenize("x = 1\n# coding: bogus\n").error);
  EXPECT_EQ(error_of("# coding: bogus\nx = 1\n"), "1:0 unknown encoding: bogus");
  EXPECT_EQ(error_of("\xEF\xBB\xBF# coding: latin-1\nx = 1\n"),
            "1:0 encoding problem: iso-8859-1 with BOM");
  EXPECT_EQ(error_of("x\xFF = 1\n"),
            "1:1 (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid "
            "start byte");
}

TEST(Lex, Utf8Problems) {
  size_t length = 0;
  EXPECT_EQ(utf8_problem("\xC3\xA9", 0, length), nullptr);
  EXPECT_EQ(length, 2u);
  EXPECT_STREQ(utf8_problem("\xC3", 0, length), "unexpected end of data");
  EXPECT_STREQ(utf8_problem("\xC3(", 0, length), "invalid continuation byte");
  EXPECT_STREQ(utf8_problem("\xC0\x80", 0, length), "invalid start byte");             // overlong
  EXPECT_STREQ(utf8_problem("\xED\xA0\x80", 0, length), "invalid continuation byte");  // surrogate
  EXPECT_STREQ(utf8_problem("\xF5\x80\x80\x80", 0, length), "invalid start byte");
}

TEST(Lex, Brackets) {
  EXPECT_EQ(error_of("x = (1,\n"), "1:4 '(' was never closed");
  EXPECT_EQ(error_of("x = )\n"), "1:4 unmatched ')'");
  EXPECT_EQ(error_of("x = (]\n"),
            "1:5 closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(error_of("x = (\n]\n"),
            "2:0 closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(error_of(std::string(201, '(') + "\n"), "1:200 too many nested parentheses");
}

TEST(Lex, InvalidCharacters) {
  EXPECT_EQ(error_of("x = \xE2\x82\xAC\n"), "1:4 invalid character '\xE2\x82\xAC' (U+20AC)");
  EXPECT_EQ(error_of("x = \xC2\xA0\n"), "1:4 invalid non-printable character U+00A0");
}

TEST(Lex, Locations) {
  TokenList list = tokenize("x = '''a\nbc''' + 1\n");
  const Token& s = list.tokens[2];
  EXPECT_EQ(s.kind, TokenKind::String);
  EXPECT_EQ(s.loc.line, 1);
  EXPECT_EQ(s.loc.col, 4);
  EXPECT_EQ(s.loc.end_line, 2);
  EXPECT_EQ(s.loc.end_col, 5);
  const Token& one = list.tokens[4];
  EXPECT_EQ(one.loc.line, 2);
  EXPECT_EQ(one.loc.col, 8);
}

}  // namespace
}  // namespace ingot::lex
