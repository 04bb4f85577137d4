// Recursive descent over Python 3.12's grammar (the PEG grammar in CPython's
// Grammar/python.gram, rule names kept where they help). Locations are built from tokens:
// a node starts at its first token and ends at the last token it consumed, which gives
// CPython's positions, parentheses included where CPython includes them.
#include <pthread.h>

#include <algorithm>
#include <exception>
#include <functional>
#include <string>
#include <utility>

#include "compiler/lex/lexer.h"
#include "compiler/parse/literals.h"
#include "compiler/parse/parse.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace ingot::parse {

namespace {

using namespace ast;
using lex::Token;
using lex::TokenKind;

// A syntax error: thrown to the top of the parse, reported once.
struct SyntaxError {
  diag::Kind kind;
  Loc loc;
  std::string message;
  bool from_lexer = false;
};

std::string nfkc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString normalized =
      normalizer->normalize(icu::UnicodeString::fromUTF8(
                                icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                            status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

// Nesting beyond this is reported as a syntax error instead of overflowing the stack.
constexpr int kMaxDepth = 3000;
// The deepest expression tree accepted (CPython's own limit is near 3000 levels).
constexpr uint32_t kMaxHeight = 2500;

// Runs `work` on a thread with a large stack: the parser and the dumper recurse once or
// a few times per nesting level, and sanitizer builds have large frames.
void run_with_large_stack(const std::function<void()>& work) {
  constexpr size_t kStackBytes = size_t{512} << 20;  // reserved, committed only as used
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kStackBytes);
  struct Job {
    const std::function<void()>& work;
    std::exception_ptr error;
  } job{work, nullptr};
  auto trampoline = [](void* arg) -> void* {
    Job& j = *static_cast<Job*>(arg);
    try {
      j.work();
    } catch (...) {
      j.error = std::current_exception();  // rethrown on the caller's thread
    }
    return nullptr;
  };
  pthread_t thread;
  bool started = pthread_create(&thread, &attr, trampoline, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) return work();  // no thread to be had: the caller's stack it is
  pthread_join(thread, nullptr);
  if (job.error) std::rethrow_exception(job.error);
}

class Parser {
 public:
  Parser(const lex::TokenList& tokens, const ParseOptions& options)
      : tokens_(tokens.tokens), text_(tokens.text), options_(options), lex_error_(tokens.error) {}

  Module parse_file() {
    while (!cur().is(TokenKind::EndMarker)) parse_statement(module_.body);
    return std::move(module_);
  }

  // The line of the furthest token the parser has looked at (CPython's last fetched token).
  int32_t furthest_line() const { return tokens_[furthest_].loc.line; }

 private:
  // ---- tokens --------------------------------------------------------------------------

  const Token& cur() const {
    furthest_ = std::max(furthest_, pos_);
    const Token& t = tokens_[pos_];
    if (t.kind == TokenKind::Error) raise_lex_error();
    return t;
  }
  const Token& peek(size_t ahead) const {
    size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
    furthest_ = std::max(furthest_, i);
    for (size_t j = pos_; j <= i; ++j)
      if (tokens_[j].kind == TokenKind::Error) return tokens_[j];
    return tokens_[i];
  }
  const Token& prev() const { return tokens_[pos_ - 1]; }
  const Token& take() {
    const Token& t = cur();
    if (!t.is(TokenKind::EndMarker)) ++pos_;
    return t;
  }

  [[noreturn]] void raise_lex_error() const {
    throw SyntaxError{lex_error_->kind, lex_error_->loc, lex_error_->message, true};
  }

  bool at_op(std::string_view op) const { return cur().is_op(op); }
  bool at_kw(std::string_view kw) const { return cur().is_name(kw); }
  bool at_identifier() const { return cur().is(TokenKind::Name) && !lex::is_keyword(cur().text); }
  bool accept_op(std::string_view op) {
    if (!at_op(op)) return false;
    take();
    return true;
  }
  bool accept_kw(std::string_view kw) {
    if (!at_kw(kw)) return false;
    take();
    return true;
  }

  [[noreturn]] void error_at(Loc loc, std::string message,
                             diag::Kind kind = diag::Kind::InvalidSyntax) const {
    throw SyntaxError{kind, loc, std::move(message)};
  }
  [[noreturn]] void error_here(std::string message = "invalid syntax") const {
    const Token& t = cur();
    if (t.is(TokenKind::Indent)) {
      // CPython points at the last character of the indentation.
      Loc loc{t.loc.end_line, t.loc.end_col - 1, t.loc.end_line, t.loc.end_col - 1};
      error_at(loc, "unexpected indent", diag::Kind::BadIndentation);
    }
    if (t.is(TokenKind::Dedent) && message == "invalid syntax")
      error_at(t.loc, "unindent does not match any outer indentation level",
               diag::Kind::BadIndentation);
    error_at(t.loc, std::move(message));
  }

  void expect_op(std::string_view op) {
    if (!accept_op(op)) error_here();
  }
  // A ':' CPython's grammar forces (`&&':'`): "expected ':'" whatever follows.
  void expect_colon() {
    if (!accept_op(":")) error_here("expected ':'");
  }
  // A ':' CPython only names when the line ends where it should be.
  void expect_colon_before_newline() {
    if (accept_op(":")) return;
    if (cur().is(TokenKind::Newline)) error_here("expected ':'");
    error_here();
  }
  void expect_kw(std::string_view kw) {
    if (!accept_kw(kw)) error_here();
  }
  // An identifier's name: NFKC-normalized when it is not ASCII (PEP 3131).
  static std::string identifier(const Token& t) {
    bool ascii = std::all_of(t.text.begin(), t.text.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) return std::string(t.text);
    return nfkc(t.text);
  }

  std::string expect_identifier() {
    if (!at_identifier()) error_here();
    return identifier(take());
  }

  Loc span(const Token& start) const { return span(start.loc); }
  Loc span(Loc start) const {
    const Token& last = prev();
    return Loc{start.line, start.col, last.loc.end_line, last.loc.end_col};
  }
  static Loc join(Loc a, Loc b) { return Loc{a.line, a.col, b.end_line, b.end_col}; }

  // Every expression records its height: trees deeper than kMaxHeight are rejected (as
  // CPython rejects them), so that every recursive walker downstream is safe.
  ExprId add(Loc loc, ExprKind node) {
    ExprId id = module_.add(loc, std::move(node));
    uint32_t height = 1;
    for_each_child(module_.expr(id),
                   [&](ExprId child) { height = std::max(height, heights_[child.index()] + 1); });
    heights_.push_back(height);
    if (height > kMaxHeight)
      error_at(loc, "too many nested expressions: source too complex to parse");
    return id;
  }
  StmtId add(Loc loc, StmtKind node) { return module_.add(loc, std::move(node)); }
  PatternId add(Loc loc, PatternKind node) { return module_.add(loc, std::move(node)); }
  const ExprNode& expr(ExprId id) const { return module_.expr(id); }

  // Guards recursion: deep nesting is a clean syntax error, never a stack overflow.
  struct DepthGuard {
    Parser& parser;
    explicit DepthGuard(Parser& p) : parser(p) {
      if (++parser.depth_ > kMaxDepth)
        parser.error_at(parser.tokens_[parser.pos_].loc,
                        "too many nested expressions: source too complex to parse");
    }
    ~DepthGuard() { --parser.depth_; }
  };

  // Speculative parsing: run `attempt`; on a syntax error, rewind (tokens and arenas) and
  // return false.
  template <typename F>
  bool speculate(F attempt) {
    size_t pos = pos_;
    size_t exprs = module_.exprs.size(), stmts = module_.stmts.size(),
           patterns = module_.patterns.size();
    int depth = depth_;
    try {
      attempt();
      return true;
    } catch (const SyntaxError&) {
      pos_ = pos;
      depth_ = depth;
      module_.exprs.resize(exprs);
      heights_.resize(exprs);
      module_.stmts.resize(stmts);
      module_.patterns.resize(patterns);
      return false;
    }
  }

  // Whether `t` can begin an expression (used after a trailing comma).
  static bool starts_expression(const Token& t) {
    switch (t.kind) {
      case TokenKind::Number:
      case TokenKind::String:
      case TokenKind::FStringStart:
        return true;
      case TokenKind::Name:
        return !lex::is_keyword(t.text) || t.text == "None" || t.text == "True" ||
               t.text == "False" || t.text == "not" || t.text == "lambda" || t.text == "await" ||
               t.text == "yield";
      case TokenKind::Op:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
               t.text == "~" || t.text == "*" || t.text == "...";
      default:
        return false;
    }
  }

  // ---- statements ----------------------------------------------------------------------

  void parse_statement(StmtList& out) {
    DepthGuard guard(*this);
    const Token& t = cur();
    if (t.is(TokenKind::Indent)) error_here();
    if (t.is(TokenKind::Name)) {
      std::string_view w = t.text;
      if (w == "def" || w == "if" || w == "class" || w == "with" || w == "for" || w == "try" ||
          w == "while" || w == "async") {
        out.push_back(parse_compound());
        return;
      }
      if (w == "match" && looks_like_match()) {
        out.push_back(parse_match());
        return;
      }
    } else if (t.is_op("@")) {
      out.push_back(parse_decorated());
      return;
    }
    parse_simple_statements(out);
  }

  StmtId parse_compound() {
    std::string_view w = cur().text;
    if (w == "def") return parse_function_def({}, cur());
    if (w == "class") return parse_class_def({}, cur());
    if (w == "if") return parse_if();
    if (w == "while") return parse_while();
    if (w == "for") return parse_for(cur());
    if (w == "with") return parse_with(cur());
    if (w == "try") return parse_try();
    // async
    const Token& start = take();
    if (at_kw("def")) return parse_function_def({}, start);
    if (at_kw("for")) return parse_for(start);
    if (at_kw("with")) return parse_with(start);
    error_here();
  }

  void parse_simple_statements(StmtList& out) {
    while (true) {
      out.push_back(parse_simple_statement());
      if (accept_op(";")) {
        if (cur().is(TokenKind::Newline)) break;
        continue;
      }
      break;
    }
    if (!cur().is(TokenKind::Newline)) error_here();
    take();
  }

  // The body after a compound statement's ':'.
  StmtList parse_block(const std::string& after) {
    StmtList body;
    if (cur().is(TokenKind::Newline)) {
      take();
      if (!cur().is(TokenKind::Indent))
        error_at(cur().loc, "expected an indented block after " + after,
                 diag::Kind::BadIndentation);
      take();
      while (!cur().is(TokenKind::Dedent) && !cur().is(TokenKind::EndMarker)) parse_statement(body);
      take();
    } else {
      parse_simple_statements(body);
    }
    return body;
  }

  // A compound statement ends at its last token that is not NEWLINE/INDENT/DEDENT (a
  // trailing ';' included, as in CPython).
  Loc end_of(Loc start) const {
    size_t i = pos_ - 1;
    while (i > 0 && (tokens_[i].is(TokenKind::Newline) || tokens_[i].is(TokenKind::Indent) ||
                     tokens_[i].is(TokenKind::Dedent)))
      --i;
    return join(start, tokens_[i].loc);
  }

  StmtId parse_simple_statement() {
    const Token& start = cur();
    std::string_view w = start.is(TokenKind::Name) ? start.text : std::string_view();
    if (w == "pass") return take(), add(span(start), Pass{});
    if (w == "break") return take(), add(span(start), Break{});
    if (w == "continue") return take(), add(span(start), Continue{});
    if (w == "return") {
      take();
      ExprId value;
      if (starts_expression(cur())) value = parse_star_expressions();
      return add(span(start), Return{value});
    }
    if (w == "raise") {
      take();
      Raise r;
      if (starts_expression(cur())) {
        r.exc = parse_expression();
        if (accept_kw("from")) r.cause = parse_expression();
      }
      return add(span(start), r);
    }
    if (w == "global" || w == "nonlocal") {
      take();
      std::vector<std::string> names{expect_identifier()};
      while (accept_op(",")) names.push_back(expect_identifier());
      if (w == "global") return add(span(start), Global{names});
      return add(span(start), Nonlocal{names});
    }
    if (w == "del") {
      take();
      ExprList targets;
      do {
        if (!starts_expression(cur())) break;
        ExprId target = parse_bitwise_or_target();
        set_context(target, ExprContext::Del, false);
        targets.push_back(target);
      } while (accept_op(","));
      if (targets.empty()) error_here();
      return add(span(start), Delete{targets});
    }
    if (w == "assert") {
      take();
      Assert a;
      a.test = parse_expression();
      if (accept_op(",")) a.msg = parse_expression();
      return add(span(start), a);
    }
    if (w == "import") return parse_import();
    if (w == "from") return parse_import_from();
    if (w == "type" && peek(1).is(TokenKind::Name) && !lex::is_keyword(peek(1).text) &&
        (peek(2).is_op("=") || peek(2).is_op("["))) {
      return parse_type_alias();
    }
    return parse_expression_statement();
  }

  StmtId parse_expression_statement() {
    const Token& start = cur();
    ExprId first = parse_star_expressions_or_yield();
    if (at_op(":")) {
      take();
      const ExprNode& target = expr(first);
      bool single = target.is<Name>() || target.is<Attribute>() || target.is<Subscript>();
      if (!single) {
        if (target.is<Tuple>())
          error_at(target.loc, "only single target (not tuple) can be annotated");
        if (target.is<List>())
          error_at(target.loc, "only single target (not list) can be annotated");
        error_at(target.loc, "illegal target for annotation");
      }
      int simple = target.is<Name>() && !start.is_op("(") ? 1 : 0;
      set_context(first, ExprContext::Store, true);
      AnnAssign a{first, parse_expression(), ExprId(), simple};
      if (accept_op("=")) a.value = parse_star_expressions_or_yield();
      return add(span(start), a);
    }
    if (at_op("=")) {
      ExprList targets{first};
      ExprId value;
      while (accept_op("=")) {
        value = parse_star_expressions_or_yield();
        targets.push_back(value);
      }
      targets.pop_back();
      for (size_t i = 0; i < targets.size(); ++i) {
        // CPython suggests '==' only for a lone target that ends right before its '='.
        bool suggest = targets.size() == 1 && !start.is_op("(") && !start.is_op("[");
        set_context(targets[i], ExprContext::Store, suggest);
      }
      return add(span(start), Assign{targets, value, std::nullopt});
    }
    if (std::optional<Operator> op = augmented_operator()) {
      const ExprNode& target = expr(first);
      if (!(target.is<Name>() || target.is<Attribute>() || target.is<Subscript>())) {
        error_at(target.loc,
                 "'" + description(first) + "' is an illegal expression for augmented assignment");
      }
      set_context(first, ExprContext::Store, false);
      take();
      ExprId value = parse_star_expressions_or_yield();
      return add(span(start), AugAssign{first, *op, value});
    }
    if (const auto* name = expr(first).as<Name>()) {
      if ((name->id == "print" || name->id == "exec") && starts_expression(cur())) {
        std::string id = name->id;
        ExprId rest = parse_star_expressions();
        error_at(join(expr(first).loc, expr(rest).loc),
                 "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
      }
    }
    return add(span(start), ast::Expr{first});
  }

  std::optional<Operator> augmented_operator() const {
    if (!cur().is(TokenKind::Op)) return std::nullopt;
    static const std::pair<std::string_view, Operator> table[] = {
        {"+=", Operator::Add},      {"-=", Operator::Sub},     {"*=", Operator::Mult},
        {"@=", Operator::MatMult},  {"/=", Operator::Div},     {"%=", Operator::Mod},
        {"&=", Operator::BitAnd},   {"|=", Operator::BitOr},   {"^=", Operator::BitXor},
        {"<<=", Operator::LShift},  {">>=", Operator::RShift}, {"**=", Operator::Pow},
        {"//=", Operator::FloorDiv}};
    for (const auto& [text, op] : table)
      if (cur().text == text) return op;
    return std::nullopt;
  }

  StmtId parse_import() {
    const Token& start = take();
    std::vector<alias> names;
    do {
      const Token& name_start = cur();
      std::string name = parse_dotted_name();
      std::optional<std::string> asname;
      if (accept_kw("as")) asname = expect_identifier();
      names.push_back(alias{span(name_start), name, asname});
    } while (accept_op(","));
    return add(span(start), Import{names});
  }

  std::string parse_dotted_name() {
    std::string name = expect_identifier();
    while (at_op(".") && peek(1).is(TokenKind::Name)) {
      take();
      name += "." + expect_identifier();
    }
    return name;
  }

  StmtId parse_import_from() {
    const Token& start = take();
    int level = 0;
    while (at_op(".") || at_op("...")) level += static_cast<int>(take().text.size());
    std::optional<std::string> module;
    if (!at_kw("import")) module = parse_dotted_name();
    expect_kw("import");
    std::vector<alias> names;
    if (at_op("*")) {
      const Token& star = take();
      names.push_back(alias{span(star), "*", std::nullopt});
      return add(span(start), ImportFrom{module, names, level});
    }
    bool parenthesized = accept_op("(");
    do {
      if (parenthesized && at_op(")") && !names.empty()) break;
      if (!parenthesized && !names.empty() && cur().is(TokenKind::Newline))
        error_here("trailing comma not allowed without surrounding parentheses");
      const Token& name_start = cur();
      std::string name = expect_identifier();
      std::optional<std::string> asname;
      if (accept_kw("as")) asname = expect_identifier();
      names.push_back(alias{span(name_start), name, asname});
    } while (accept_op(","));
    if (parenthesized) {
      expect_op(")");
    } else if (prev().is_op(",")) {
      error_at(prev().loc, "trailing comma not allowed without surrounding parentheses");
    }
    return add(span(start), ImportFrom{module, names, level});
  }

  StmtId parse_type_alias() {
    const Token& start = take();
    const Token& name_token = take();
    ExprId name = add(name_token.loc, Name{identifier(name_token), ExprContext::Store});
    std::vector<type_param> params;
    if (at_op("[")) params = parse_type_params();
    expect_op("=");
    ExprId value = parse_expression();
    return add(span(start), TypeAlias{name, params, value});
  }

  std::vector<type_param> parse_type_params() {
    expect_op("[");
    std::vector<type_param> params;
    do {
      if (at_op("]") && !params.empty()) break;
      const Token& start = cur();
      if (accept_op("*")) {
        std::string name = expect_identifier();
        params.push_back(type_param{span(start), TypeVarTuple{name}});
      } else if (accept_op("**")) {
        std::string name = expect_identifier();
        params.push_back(type_param{span(start), ParamSpec{name}});
      } else {
        std::string name = expect_identifier();
        ExprId bound;
        if (accept_op(":")) bound = parse_expression();
        params.push_back(type_param{span(start), TypeVar{name, bound}});
      }
    } while (accept_op(","));
    expect_op("]");
    return params;
  }

  StmtId parse_decorated() {
    ExprList decorators;
    while (accept_op("@")) {
      decorators.push_back(parse_named_expression());
      if (!cur().is(TokenKind::Newline)) error_here();
      take();
    }
    const Token& start = cur();
    if (at_kw("def")) return parse_function_def(decorators, start);
    if (at_kw("class")) return parse_class_def(decorators, start);
    if (at_kw("async") && peek(1).is_name("def")) {
      take();
      return parse_function_def(decorators, start);
    }
    error_here();
  }

  StmtId parse_function_def(const ExprList& decorators, const Token& start) {
    bool is_async = start.is_name("async");
    const Token& def = take();
    std::string name = expect_identifier();
    std::vector<type_param> type_params;
    if (at_op("[")) type_params = parse_type_params();
    if (!at_op("(")) error_here("expected '('");
    take();
    arguments args = parse_parameters(false);
    expect_op(")");
    ExprId returns;
    if (accept_op("->")) returns = parse_expression();
    expect_colon();
    StmtList body = parse_block("function definition on line " + std::to_string(def.loc.line));
    Loc loc = end_of(start.loc);
    if (is_async)
      return add(loc, AsyncFunctionDef{name, std::move(args), body, decorators, returns,
                                       std::nullopt, type_params});
    return add(loc, FunctionDef{name, std::move(args), body, decorators, returns, std::nullopt,
                                type_params});
  }

  // Parameters of a def (up to ')') or a lambda (up to ':', no annotations).
  arguments parse_parameters(bool lambda) {
    arguments a;
    std::string_view end = lambda ? ":" : ")";
    bool seen_default = false, seen_star = false, seen_slash = false;
    auto parse_arg = [&](bool star_annotation) {
      const Token& start = cur();
      std::string name = expect_identifier();
      ExprId annotation;
      if (!lambda && accept_op(":"))
        annotation = star_annotation && at_op("*") ? parse_star_expression() : parse_expression();
      return arg{span(start), name, annotation, std::nullopt};
    };
    while (!at_op(end)) {
      if (at_op("/")) {
        if (seen_slash) error_here("/ may appear only once");
        if (seen_star) error_here("/ must be ahead of *");
        if (a.args.empty()) error_here("at least one argument must precede /");
        take();
        seen_slash = true;
        a.posonlyargs = std::move(a.args);
        a.args.clear();
      } else if (at_op("*")) {
        if (seen_star) error_here("* argument may appear only once");
        const Token& star = take();
        seen_star = true;
        if (at_op(end) || (at_op(",") && peek(1).is_op(end)))
          error_at(star.loc, "named arguments must follow bare *");
        if (at_op(",")) {
          if (peek(1).is_op(end)) error_here("named arguments must follow bare *");
        } else {
          a.vararg = parse_arg(true);
        }
      } else if (at_op("**")) {
        take();
        a.kwarg = parse_arg(false);
        if (at_op("=")) error_here("var-keyword argument cannot have default value");
        accept_op(",");
        if (!at_op(end)) error_here("arguments cannot follow var-keyword argument");
        break;
      } else {
        arg p = parse_arg(false);
        ExprId default_value;
        if (accept_op("=")) default_value = parse_expression();
        if (seen_star) {
          a.kwonlyargs.push_back(p);
          a.kw_defaults.push_back(default_value);
        } else {
          if (default_value) {
            seen_default = true;
            a.defaults.push_back(default_value);
          } else if (seen_default) {
            error_at(p.loc, "non-default argument follows default argument");
          }
          a.args.push_back(p);
        }
      }
      if (!accept_op(",")) break;
    }
    if (seen_star && !a.vararg && a.kwonlyargs.empty() && !a.kwarg)
      error_here("named arguments must follow bare *");
    return a;
  }

  StmtId parse_class_def(ExprList decorators, const Token& start) {
    const Token& class_token = take();
    std::string name = expect_identifier();
    std::vector<type_param> type_params;
    if (at_op("[")) type_params = parse_type_params();
    ClassDef c;
    if (accept_op("(")) {
      parse_call_arguments(c.bases, c.keywords, class_token, false);
    }
    expect_colon();
    c.name = name;
    c.body = parse_block("class definition on line " + std::to_string(class_token.loc.line));
    c.decorator_list = std::move(decorators);
    c.type_params = type_params;
    Loc loc = end_of(start.loc);
    return add(loc, std::move(c));
  }

  StmtId parse_if() {
    DepthGuard guard(*this);  // `elif` chains recurse
    const Token& start = take();
    bool elif = start.text == "elif";
    ExprId test = parse_named_expression();
    expect_colon_before_newline();
    std::string what = std::string("'") + (elif ? "elif" : "if") + "' statement on line " +
                       std::to_string(start.loc.line);
    StmtList body = parse_block(what);
    StmtList orelse;
    Loc loc = end_of(start.loc);
    if (at_kw("elif")) {
      StmtId nested = parse_if();
      orelse.push_back(nested);
      loc = end_of(start.loc);
    } else if (at_kw("else")) {
      orelse = parse_else();
      loc = end_of(start.loc);
    }
    return add(loc, If{test, body, orelse});
  }

  StmtList parse_else() {
    const Token& else_token = take();
    expect_colon();
    return parse_block("'else' statement on line " + std::to_string(else_token.loc.line));
  }

  StmtId parse_while() {
    const Token& start = take();
    ExprId test = parse_named_expression();
    expect_colon_before_newline();
    StmtList body = parse_block("'while' statement on line " + std::to_string(start.loc.line));
    StmtList orelse;
    if (at_kw("else")) orelse = parse_else();
    Loc loc = end_of(start.loc);
    return add(loc, While{test, body, orelse});
  }

  StmtId parse_for(const Token& start) {
    bool is_async = start.is_name("async");
    const Token& for_token = take();
    ExprId target = parse_target_list();
    set_context(target, ExprContext::Store, false);
    expect_kw("in");
    ExprId iter = parse_star_expressions();
    expect_colon();
    StmtList body = parse_block("'for' statement on line " + std::to_string(for_token.loc.line));
    StmtList orelse;
    if (at_kw("else")) orelse = parse_else();
    Loc loc = end_of(start.loc);
    if (is_async) return add(loc, AsyncFor{target, iter, body, orelse, std::nullopt});
    return add(loc, For{target, iter, body, orelse, std::nullopt});
  }

  StmtId parse_with(const Token& start) {
    bool is_async = start.is_name("async");
    const Token& with_token = take();
    std::vector<withitem> items;
    bool parenthesized = at_op("(") && speculate([&] {
                           take();
                           std::vector<withitem> inner;
                           do {
                             if (at_op(")") && !inner.empty()) break;
                             inner.push_back(parse_with_item());
                           } while (accept_op(","));
                           expect_op(")");
                           if (!at_op(":")) error_here();
                           items = std::move(inner);
                         });
    if (!parenthesized) {
      items.clear();
      do items.push_back(parse_with_item());
      while (accept_op(","));
    }
    expect_colon_before_newline();
    StmtList body = parse_block("'with' statement on line " + std::to_string(with_token.loc.line));
    Loc loc = end_of(start.loc);
    if (is_async) return add(loc, AsyncWith{items, body, std::nullopt});
    return add(loc, With{items, body, std::nullopt});
  }

  withitem parse_with_item() {
    withitem item;
    item.context_expr = parse_expression();
    if (accept_kw("as")) {
      item.optional_vars = parse_star_target();
      set_context(item.optional_vars, ExprContext::Store, false);
    }
    return item;
  }

  StmtId parse_try() {
    const Token& start = take();
    expect_colon();
    StmtList body = parse_block("'try' statement on line " + std::to_string(start.loc.line));
    std::vector<ExceptHandler> handlers;
    bool star = false;
    while (at_kw("except")) {
      const Token& except = take();
      bool this_star = accept_op("*");
      if (!handlers.empty() && this_star != star)
        error_at(except.loc, "cannot have both 'except' and 'except*' on the same 'try'");
      star = this_star;
      ExceptHandler h;
      if (!at_op(":")) {
        h.type = parse_expression();
        if (at_op(","))
          error_at(expr(h.type).loc, "multiple exception types must be parenthesized");
        if (accept_kw("as")) h.name = expect_identifier();
      } else if (star) {
        error_here("expected one or more exception types");
      }
      expect_colon_before_newline();
      h.body = parse_block(std::string("'except") + (star ? "*" : "") + "' statement on line " +
                           std::to_string(except.loc.line));
      h.loc = end_of(except.loc);
      handlers.push_back(std::move(h));
    }
    StmtList orelse, finalbody;
    if (at_kw("else")) {
      if (handlers.empty()) error_here("expected 'except' or 'finally' block");
      orelse = parse_else();
    }
    if (at_kw("finally")) {
      const Token& finally = take();
      expect_colon();
      finalbody = parse_block("'finally' statement on line " + std::to_string(finally.loc.line));
    }
    if (handlers.empty() && finalbody.empty()) error_here("expected 'except' or 'finally' block");
    Loc loc = end_of(start.loc);
    if (star) return add(loc, TryStar{body, std::move(handlers), orelse, finalbody});
    return add(loc, Try{body, std::move(handlers), orelse, finalbody});
  }

  // ---- match -----------------------------------------------------------------------------

  // `match` is a soft keyword: a statement only when a subject and ':' NEWLINE follow.
  bool looks_like_match() {
    bool header = false;
    speculate([&] {
      take();
      parse_match_subject();
      header = at_op(":") && peek(1).is(TokenKind::Newline);
      throw SyntaxError{};  // always rewind: this was only a look
    });
    return header;
  }

  ExprId parse_match_subject() {
    const Token& start = cur();
    ExprId first = at_op("*") ? parse_star_expression() : parse_named_expression();
    if (!at_op(",")) {
      if (expr(first).is<Starred>()) error_here();
      return first;
    }
    ExprList elts{first};
    while (accept_op(",")) {
      if (!starts_expression(cur())) break;
      elts.push_back(at_op("*") ? parse_star_expression() : parse_named_expression());
    }
    return add(span(start), Tuple{elts, ExprContext::Load});
  }

  StmtId parse_match() {
    const Token& start = take();
    ExprId subject = parse_match_subject();
    expect_colon_before_newline();
    take();  // NEWLINE
    if (!cur().is(TokenKind::Indent))
      error_at(cur().loc,
               "expected an indented block after 'match' statement on line " +
                   std::to_string(start.loc.line),
               diag::Kind::BadIndentation);
    take();
    std::vector<match_case> cases;
    while (at_kw("case")) {
      const Token& case_token = take();
      match_case c;
      c.pattern = parse_patterns();
      if (accept_kw("if")) c.guard = parse_named_expression();
      expect_colon_before_newline();
      c.body = parse_block("'case' statement on line " + std::to_string(case_token.loc.line));
      cases.push_back(std::move(c));
    }
    if (cases.empty() || !cur().is(TokenKind::Dedent)) error_here();
    take();
    Loc loc = end_of(start.loc);
    return add(loc, Match{subject, std::move(cases)});
  }

  // patterns: open_sequence_pattern | pattern
  PatternId parse_patterns() {
    const Token& start = cur();
    PatternId first = parse_maybe_star_pattern();
    if (!at_op(",")) {
      if (module_.pattern(first).is<MatchStar>())
        return add(span(start), MatchSequence{PatternList{first}});
      return first;
    }
    PatternList items{first};
    while (accept_op(",")) {
      if (at_op(":") || at_kw("if")) break;
      items.push_back(parse_maybe_star_pattern());
    }
    return add(span(start), MatchSequence{items});
  }

  PatternId parse_maybe_star_pattern() {
    const Token& start = cur();
    if (accept_op("*")) {
      std::string name = expect_identifier();
      std::optional<std::string> captured;
      if (name != "_") captured = name;
      return add(span(start), MatchStar{captured});
    }
    return parse_pattern();
  }

  // pattern: or_pattern ['as' NAME]
  PatternId parse_pattern() {
    DepthGuard guard(*this);
    const Token& start = cur();
    PatternId p = parse_or_pattern();
    if (accept_kw("as")) {
      if (at_kw("_") || cur().text == "_") error_here("cannot use '_' as a target");
      std::string name = expect_identifier();
      return add(span(start), MatchAs{p, name});
    }
    return p;
  }

  PatternId parse_or_pattern() {
    const Token& start = cur();
    PatternId first = parse_closed_pattern();
    if (!at_op("|")) return first;
    PatternList alternatives{first};
    while (accept_op("|")) alternatives.push_back(parse_closed_pattern());
    return add(span(start), MatchOr{alternatives});
  }

  PatternId parse_closed_pattern() {
    const Token& start = cur();
    if (at_kw("None")) return take(), add(span(start), MatchSingleton{NoneType{}});
    if (at_kw("True")) return take(), add(span(start), MatchSingleton{true});
    if (at_kw("False")) return take(), add(span(start), MatchSingleton{false});
    if (cur().is(TokenKind::Number) || at_op("-")) {
      ExprId value = parse_signed_number_pattern();
      return add(span(start), MatchValue{value});
    }
    if (cur().is(TokenKind::String) || cur().is(TokenKind::FStringStart)) {
      ExprId value = parse_strings();
      return add(span(start), MatchValue{value});
    }
    if (at_op("(")) {
      take();
      if (accept_op(")")) return add(span(start), MatchSequence{});
      PatternId first = parse_maybe_star_pattern();
      if (accept_op(")")) {
        if (module_.pattern(first).is<MatchStar>())
          return add(span(start), MatchSequence{PatternList{first}});
        return first;  // a group: (pattern)
      }
      PatternList items{first};
      while (accept_op(",")) {
        if (at_op(")")) break;
        items.push_back(parse_maybe_star_pattern());
      }
      expect_op(")");
      return add(span(start), MatchSequence{items});
    }
    if (at_op("[")) {
      take();
      PatternList items;
      while (!at_op("]")) {
        items.push_back(parse_maybe_star_pattern());
        if (!accept_op(",")) break;
      }
      expect_op("]");
      return add(span(start), MatchSequence{items});
    }
    if (at_op("{")) return parse_mapping_pattern();
    if (at_identifier()) {
      // capture, wildcard, value (dotted name) or class pattern.
      const Token& name = take();
      ExprId target = add(name.loc, Name{identifier(name), ExprContext::Load});
      bool dotted = false;
      while (at_op(".")) {
        take();
        std::string attr_name = expect_identifier();
        target = add(span(start), Attribute{target, attr_name, ExprContext::Load});
        dotted = true;
      }
      if (at_op("(")) return parse_class_pattern(start, target);
      if (dotted) return add(span(start), MatchValue{target});
      module_.exprs.pop_back();  // the Name was only a look
      heights_.pop_back();
      if (name.text == "_") return add(span(start), MatchAs{});
      return add(span(start), MatchAs{PatternId(), identifier(name)});
    }
    error_here();
  }

  ExprId parse_signed_number_pattern() {
    const Token& start = cur();
    ExprId value;
    if (accept_op("-")) {
      ExprId number = parse_number_atom();
      value = add(span(start), UnaryOp{UnaryOperator::USub, number});
    } else {
      value = parse_number_atom();
    }
    if (at_op("+") || at_op("-")) {
      Operator op = take().text == "+" ? Operator::Add : Operator::Sub;
      ExprId imag = parse_number_atom();
      if (!expr(imag).as<Constant>() ||
          !std::holds_alternative<Complex>(expr(imag).as<Constant>()->value))
        error_at(expr(imag).loc, "imaginary number required in complex literal");
      value = add(span(start), BinOp{value, op, imag});
    }
    return value;
  }

  ExprId parse_number_atom() {
    if (!cur().is(TokenKind::Number)) error_here();
    const Token& t = take();
    return add(t.loc, Constant{decode_number(t.text), std::nullopt});
  }

  PatternId parse_mapping_pattern() {
    const Token& start = take();
    MatchMapping m;
    while (!at_op("}")) {
      if (accept_op("**")) {
        m.rest = expect_identifier();
        accept_op(",");
        break;
      }
      m.keys.push_back(parse_mapping_key());
      expect_op(":");
      m.patterns.push_back(parse_pattern());
      if (!accept_op(",")) break;
    }
    expect_op("}");
    return add(span(start), std::move(m));
  }

  ExprId parse_mapping_key() {
    const Token& start = cur();
    if (cur().is(TokenKind::Number) || at_op("-")) return parse_signed_number_pattern();
    if (cur().is(TokenKind::String) || cur().is(TokenKind::FStringStart)) return parse_strings();
    if (at_kw("None")) return take(), add(span(start), Constant{NoneType{}, std::nullopt});
    if (at_kw("True")) return take(), add(span(start), Constant{true, std::nullopt});
    if (at_kw("False")) return take(), add(span(start), Constant{false, std::nullopt});
    const Token& name = cur();
    ExprId target = add(name.loc, Name{expect_identifier(), ExprContext::Load});
    if (!at_op(".")) error_here();
    while (accept_op(".")) target = add(span(start), Attribute{target, expect_identifier()});
    return target;
  }

  PatternId parse_class_pattern(const Token& start, ExprId cls) {
    take();  // (
    MatchClass c;
    c.cls = cls;
    while (!at_op(")")) {
      if (at_identifier() && peek(1).is_op("=")) {
        c.kwd_attrs.push_back(identifier(take()));
        take();
        c.kwd_patterns.push_back(parse_pattern());
      } else {
        if (!c.kwd_attrs.empty()) error_here("positional patterns follow keyword patterns");
        c.patterns.push_back(parse_pattern());
      }
      if (!accept_op(",")) break;
    }
    expect_op(")");
    return add(span(start), std::move(c));
  }

  // ---- targets -------------------------------------------------------------------------

  // A comma-separated target list (for-loop and comprehension targets), stopping at 'in'.
  ExprId parse_target_list() {
    const Token& start = cur();
    ExprId first = parse_star_target();
    if (!at_op(",")) return first;
    ExprList elts{first};
    while (accept_op(",")) {
      if (at_kw("in") || !starts_expression(cur())) break;
      elts.push_back(parse_star_target());
    }
    return add(span(start), Tuple{elts, ExprContext::Store});
  }

  ExprId parse_star_target() {
    const Token& start = cur();
    if (accept_op("*")) {
      if (at_op("*")) error_here();
      ExprId value = parse_star_target();
      return add(span(start), Starred{value, ExprContext::Store});
    }
    return parse_bitwise_or_target();
  }

  ExprId parse_bitwise_or_target() { return parse_bitwise_or(); }

  // Turns an expression parsed as a value into an assignment (or del) target.
  void set_context(ExprId id, ExprContext ctx, bool top_level_assign) {
    ExprNode& node = module_.expr(id);
    if (auto* n = node.as<Name>()) {
      n->ctx = ctx;
    } else if (auto* a = node.as<Attribute>()) {
      a->ctx = ctx;
    } else if (auto* s = node.as<Subscript>()) {
      s->ctx = ctx;
    } else if (auto* st = node.as<Starred>()) {
      if (ctx == ExprContext::Del) error_at(node.loc, "cannot delete starred");
      st->ctx = ctx;
      set_context(st->value, ctx, false);
    } else if (auto* l = node.as<List>()) {
      l->ctx = ctx;
      for (ExprId e : ExprList(l->elts)) set_context(e, ctx, false);
    } else if (auto* t = node.as<Tuple>()) {
      t->ctx = ctx;
      ExprList elts = t->elts;
      for (size_t i = 0; i < elts.size(); ++i)
        set_context(elts[i], ctx, top_level_assign && i + 1 == elts.size());
    } else {
      std::string what = description(id);
      if (ctx == ExprContext::Del) error_at(node.loc, "cannot delete " + what);
      if (node.is<Yield>() || node.is<YieldFrom>())
        error_at(node.loc, "assignment to yield expression not possible");
      std::string message = "cannot assign to " + what;
      if (top_level_assign && !node.is<Starred>())
        message += " here. Maybe you meant '==' instead of '='?";
      if (node.is<NamedExpr>()) message = "cannot assign to named expression";
      error_at(node.loc, message);
    }
  }

  // How CPython names an expression in "cannot assign to ..." messages.
  std::string description(ExprId id) const {
    const ExprNode& e = expr(id);
    return std::visit(
        Overloaded{
            [](const Attribute&) -> std::string { return "attribute"; },
            [](const Subscript&) -> std::string { return "subscript"; },
            [](const Starred&) -> std::string { return "starred"; },
            [](const Name&) -> std::string { return "name"; },
            [](const List&) -> std::string { return "list"; },
            [](const Tuple&) -> std::string { return "tuple"; },
            [](const Lambda&) -> std::string { return "lambda"; },
            [](const Call&) -> std::string { return "function call"; },
            [](const BoolOp&) -> std::string { return "expression"; },
            [](const BinOp&) -> std::string { return "expression"; },
            [](const UnaryOp&) -> std::string { return "expression"; },
            [](const GeneratorExp&) -> std::string { return "generator expression"; },
            [](const Yield&) -> std::string { return "yield expression"; },
            [](const YieldFrom&) -> std::string { return "yield expression"; },
            [](const Await&) -> std::string { return "await expression"; },
            [](const ListComp&) -> std::string { return "list comprehension"; },
            [](const SetComp&) -> std::string { return "set comprehension"; },
            [](const DictComp&) -> std::string { return "dict comprehension"; },
            [](const Dict&) -> std::string { return "dict literal"; },
            [](const Set&) -> std::string { return "set display"; },
            [](const JoinedStr&) -> std::string { return "f-string expression"; },
            [](const FormattedValue&) -> std::string { return "f-string expression"; },
            [](const Compare&) -> std::string { return "comparison"; },
            [](const IfExp&) -> std::string { return "conditional expression"; },
            [](const NamedExpr&) -> std::string { return "named expression"; },
            [](const Slice&) -> std::string { return "slice"; },
            [](const Constant& c) -> std::string {
              if (std::holds_alternative<NoneType>(c.value)) return "None";
              if (const bool* b = std::get_if<bool>(&c.value)) return *b ? "True" : "False";
              if (std::holds_alternative<EllipsisType>(c.value)) return "ellipsis";
              return "literal";
            },
        },
        e.node);
  }

  // ---- expressions ---------------------------------------------------------------------

  ExprId parse_star_expressions_or_yield() {
    if (at_kw("yield")) return parse_yield();
    return parse_star_expressions();
  }

  ExprId parse_yield() {
    const Token& start = take();
    if (accept_kw("from")) {
      ExprId value = parse_expression();
      return add(span(start), YieldFrom{value});
    }
    ExprId value;
    if (starts_expression(cur())) value = parse_star_expressions();
    return add(span(start), Yield{value});
  }

  // star_expressions: a tuple when there is a comma.
  ExprId parse_star_expressions() {
    const Token& start = cur();
    ExprId first = parse_star_expression();
    if (!at_op(",")) return first;
    ExprList elts{first};
    while (accept_op(",")) {
      if (!starts_expression(cur())) break;
      elts.push_back(parse_star_expression());
    }
    return add(span(start), Tuple{elts, ExprContext::Load});
  }

  ExprId parse_star_expression() {
    const Token& start = cur();
    if (accept_op("*")) {
      ExprId value = parse_bitwise_or();
      return add(span(start), Starred{value, ExprContext::Load});
    }
    return parse_expression();
  }

  ExprId parse_star_named_expression() {
    const Token& start = cur();
    if (accept_op("*")) {
      ExprId value = parse_bitwise_or();
      return add(span(start), Starred{value, ExprContext::Load});
    }
    return parse_named_expression();
  }

  ExprId parse_named_expression() {
    const Token& start = cur();
    if (at_identifier() && peek(1).is_op(":=")) {
      const Token& name = take();
      take();
      ExprId target = add(name.loc, Name{identifier(name), ExprContext::Store});
      ExprId value = parse_expression();
      return add(span(start), NamedExpr{target, value});
    }
    ExprId e = parse_expression();
    if (at_op(":=")) {
      error_at(expr(e).loc, "cannot use assignment expressions with " + description(e));
    }
    return e;
  }

  ExprId parse_expression() {
    DepthGuard guard(*this);
    const Token& start = cur();
    if (at_kw("lambda")) return parse_lambda();
    ExprId body = parse_disjunction();
    if (!at_kw("if")) {
      if (starts_expression(cur())) suggest_missing_comma(start);
      return body;
    }
    take();
    ExprId test = parse_disjunction();
    if (!at_kw("else")) {
      if (at_op(":")) error_here();
      error_at(span(start), "expected 'else' after 'if' expression");
    }
    take();
    ExprId orelse = parse_expression();
    return add(span(start), IfExp{test, body, orelse});
  }

  // Two expressions side by side inside brackets: CPython asks whether a comma is missing
  // (its invalid_expression rule), pointing from the first to the second.
  void suggest_missing_comma(const Token& first) {
    const Token& after_first = tokens_[&first - tokens_.data() + 1];
    if (first.is(TokenKind::Name) &&
        (after_first.is(TokenKind::String) || after_first.is(TokenKind::FStringStart)))
      return;
    if (first.is_name("match") || first.is_name("case") || first.is_name("_") ||
        first.is_name("type"))
      return;
    if (first.is_name("print") || first.is_name("exec")) return;
    Loc from = first.loc;
    Loc to;
    bool inside = false;
    bool second = speculate([&] {
      ExprId b = parse_expression();
      to = expr(b).loc;
      inside = prev().depth > 0;
      throw SyntaxError{};  // always rewind: this was only a look
    });
    (void)second;
    if (!inside) return;
    error_at(join(from, to), "invalid syntax. Perhaps you forgot a comma?");
  }

  ExprId parse_lambda() {
    const Token& start = take();
    arguments args = parse_parameters(true);
    expect_op(":");
    ExprId body = parse_expression();
    return add(span(start), Lambda{std::move(args), body});
  }

  ExprId parse_disjunction() { return parse_bool_op("or", BoolOperator::Or); }
  ExprId parse_conjunction() { return parse_bool_op("and", BoolOperator::And); }

  ExprId parse_bool_op(std::string_view keyword, BoolOperator op) {
    const Token& start = cur();
    auto operand = [&] { return op == BoolOperator::Or ? parse_conjunction() : parse_inversion(); };
    ExprId first = operand();
    if (!at_kw(keyword)) return first;
    ExprList values{first};
    while (accept_kw(keyword)) values.push_back(operand());
    return add(span(start), BoolOp{op, values});
  }

  ExprId parse_inversion() {
    DepthGuard guard(*this);
    const Token& start = cur();
    if (accept_kw("not")) {
      ExprId operand = parse_inversion();
      return add(span(start), UnaryOp{UnaryOperator::Not, operand});
    }
    return parse_comparison();
  }

  std::optional<CmpOperator> comparison_operator() {
    const Token& t = cur();
    if (t.is(TokenKind::Op)) {
      static const std::pair<std::string_view, CmpOperator> table[] = {
          {"==", CmpOperator::Eq},  {"!=", CmpOperator::NotEq}, {"<", CmpOperator::Lt},
          {"<=", CmpOperator::LtE}, {">", CmpOperator::Gt},     {">=", CmpOperator::GtE}};
      for (const auto& [text, op] : table)
        if (t.text == text) return take(), op;
      return std::nullopt;
    }
    if (t.is_name("in")) return take(), CmpOperator::In;
    if (t.is_name("not") && peek(1).is_name("in")) return take(), take(), CmpOperator::NotIn;
    if (t.is_name("is")) {
      take();
      if (accept_kw("not")) return CmpOperator::IsNot;
      return CmpOperator::Is;
    }
    return std::nullopt;
  }

  ExprId parse_comparison() {
    const Token& start = cur();
    ExprId left = parse_bitwise_or();
    std::optional<CmpOperator> op = comparison_operator();
    if (!op) return left;
    Compare c{left, {}, {}};
    do {
      c.ops.push_back(*op);
      c.comparators.push_back(parse_bitwise_or());
    } while ((op = comparison_operator()));
    return add(span(start), std::move(c));
  }

  // Left-associative binary levels, loosest first.
  ExprId parse_bitwise_or() { return parse_binary(0); }

  ExprId parse_binary(int level) {
    static const std::vector<std::vector<std::pair<std::string_view, Operator>>> levels = {
        {{"|", Operator::BitOr}},
        {{"^", Operator::BitXor}},
        {{"&", Operator::BitAnd}},
        {{"<<", Operator::LShift}, {">>", Operator::RShift}},
        {{"+", Operator::Add}, {"-", Operator::Sub}},
        {{"*", Operator::Mult},
         {"/", Operator::Div},
         {"//", Operator::FloorDiv},
         {"%", Operator::Mod},
         {"@", Operator::MatMult}},
    };
    if (level == static_cast<int>(levels.size())) return parse_factor();
    const Token& start = cur();
    ExprId left = parse_binary(level + 1);
    while (cur().is(TokenKind::Op)) {
      std::optional<Operator> op;
      for (const auto& [text, candidate] : levels[level])
        if (cur().text == text) op = candidate;
      if (!op) break;
      take();
      ExprId right = parse_binary(level + 1);
      left = add(span(start), BinOp{left, *op, right});
    }
    return left;
  }

  ExprId parse_factor() {
    DepthGuard guard(*this);
    const Token& start = cur();
    std::optional<UnaryOperator> op;
    if (at_op("+")) op = UnaryOperator::UAdd;
    if (at_op("-")) op = UnaryOperator::USub;
    if (at_op("~")) op = UnaryOperator::Invert;
    if (op) {
      take();
      ExprId operand = parse_factor();
      return add(span(start), UnaryOp{*op, operand});
    }
    return parse_power();
  }

  ExprId parse_power() {
    const Token& start = cur();
    ExprId base = parse_await_primary();
    if (!accept_op("**")) return base;
    ExprId exponent = parse_factor();
    return add(span(start), BinOp{base, Operator::Pow, exponent});
  }

  ExprId parse_await_primary() {
    const Token& start = cur();
    if (accept_kw("await")) {
      ExprId value = parse_primary();
      return add(span(start), Await{value});
    }
    return parse_primary();
  }

  ExprId parse_primary() {
    const Token& start = cur();
    ExprId e = parse_atom();
    while (true) {
      if (at_op(".")) {
        take();
        std::string attr = expect_identifier();
        e = add(span(start), Attribute{e, attr, ExprContext::Load});
      } else if (at_op("(")) {
        const Token& open = take();
        Call call{e, {}, {}};
        parse_call_arguments(call.args, call.keywords, open);
        e = add(span(start), std::move(call));
      } else if (at_op("[")) {
        take();
        ExprId slice = parse_slices();
        expect_op("]");
        e = add(span(start), Subscript{e, slice, ExprContext::Load});
      } else {
        return e;
      }
    }
  }

  // After '(' of a call or class bases, through ')'.
  void parse_call_arguments(ExprList& args, std::vector<keyword>& keywords, const Token& open,
                            bool allow_generator = true) {
    bool seen_keyword = false, seen_double_star = false;
    while (!at_op(")")) {
      const Token& start = cur();
      if (accept_op("*")) {
        if (seen_double_star)
          error_at(start.loc, "iterable argument unpacking follows keyword argument unpacking");
        ExprId value = parse_expression();
        args.push_back(add(span(start), Starred{value, ExprContext::Load}));
      } else if (accept_op("**")) {
        ExprId value = parse_expression();
        keywords.push_back(keyword{span(start), std::nullopt, value});
        seen_double_star = true;
      } else if (at_identifier() && peek(1).is_op("=")) {
        std::string name(take().text);
        take();
        ExprId value = parse_expression();
        keywords.push_back(keyword{span(start), name, value});
        seen_keyword = true;
      } else {
        ExprId value = parse_named_expression();
        if (allow_generator && at_comprehension()) {
          std::vector<comprehension> generators = parse_comprehension_clauses();
          bool alone = args.empty() && keywords.empty() && at_op(")");
          if (!alone) error_at(span(start), "Generator expression must be parenthesized");
          take();
          args.push_back(add(span(open), GeneratorExp{value, std::move(generators)}));
          return;
        }
        if (at_op("=")) {
          error_at(expr(value).loc,
                   "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        if (seen_double_star) error_here("positional argument follows keyword argument unpacking");
        if (seen_keyword) error_here("positional argument follows keyword argument");
        args.push_back(value);
      }
      if (!accept_op(",")) break;
    }
    if (!at_op(")")) error_here();
    take();
  }

  // slices: a single slice, or a Tuple of them (a[1:2, 3]).
  ExprId parse_slices() {
    const Token& start = cur();
    ExprId first = parse_slice();
    if (!at_op(",")) {
      // a[*b] is a[(*b,)]
      if (expr(first).is<Starred>()) return add(span(start), Tuple{{first}, ExprContext::Load});
      return first;
    }
    ExprList elts{first};
    while (accept_op(",")) {
      if (at_op("]")) break;
      elts.push_back(parse_slice());
    }
    return add(span(start), Tuple{elts, ExprContext::Load});
  }

  ExprId parse_slice() {
    const Token& start = cur();
    if (at_op("*")) return parse_star_expression();
    ExprId lower;
    if (!at_op(":")) {
      lower = parse_named_expression();
      if (!at_op(":")) return lower;
    }
    take();
    Slice s{lower, ExprId(), ExprId()};
    if (!at_op(":") && !at_op("]") && !at_op(",")) s.upper = parse_expression();
    if (accept_op(":")) {
      if (!at_op("]") && !at_op(",")) s.step = parse_expression();
    }
    return add(span(start), s);
  }

  std::vector<comprehension> parse_comprehension_clauses() {
    std::vector<comprehension> generators;
    while (at_kw("for") || (at_kw("async") && peek(1).is_name("for"))) {
      comprehension c;
      if (accept_kw("async")) c.is_async = 1;
      take();  // for
      c.target = parse_target_list();
      set_context(c.target, ExprContext::Store, false);
      expect_kw("in");
      c.iter = parse_disjunction();
      while (accept_kw("if")) c.ifs.push_back(parse_disjunction());
      generators.push_back(std::move(c));
    }
    return generators;
  }

  bool at_comprehension() const {
    return at_kw("for") || (at_kw("async") && peek(1).is_name("for"));
  }

  ExprId parse_atom() {
    const Token& start = cur();
    switch (start.kind) {
      case TokenKind::Number:
        take();
        return add(start.loc, Constant{decode_number(start.text), std::nullopt});
      case TokenKind::String:
      case TokenKind::FStringStart:
        return parse_strings();
      case TokenKind::Name:
        if (!lex::is_keyword(start.text)) {
          take();
          return add(start.loc, Name{identifier(start), ExprContext::Load});
        }
        if (start.text == "None") return take(), add(start.loc, Constant{NoneType{}, {}});
        if (start.text == "True") return take(), add(start.loc, Constant{true, {}});
        if (start.text == "False") return take(), add(start.loc, Constant{false, {}});
        error_here();
      case TokenKind::Op:
        if (start.text == "(") return parse_paren();
        if (start.text == "[") return parse_list();
        if (start.text == "{") return parse_brace();
        if (start.text == "...") return take(), add(start.loc, Constant{EllipsisType{}, {}});
        error_here();
      default:
        error_here();
    }
  }

  ExprId parse_paren() {
    const Token& start = take();
    if (accept_op(")")) return add(span(start), Tuple{{}, ExprContext::Load});
    if (at_kw("yield")) {
      ExprId y = parse_yield();
      expect_op(")");
      return y;
    }
    ExprId first = parse_star_named_expression();
    if (at_comprehension()) {
      std::vector<comprehension> generators = parse_comprehension_clauses();
      expect_op(")");
      return add(span(start), GeneratorExp{first, std::move(generators)});
    }
    if (accept_op(")")) {
      if (expr(first).is<Starred>())
        error_at(expr(first).loc, "cannot use starred expression here");
      return first;
    }
    if (!at_op(",")) error_here();
    ExprList elts{first};
    while (accept_op(",")) {
      if (at_op(")")) break;
      elts.push_back(parse_star_named_expression());
    }
    expect_op(")");
    return add(span(start), Tuple{elts, ExprContext::Load});
  }

  ExprId parse_list() {
    const Token& start = take();
    ExprList elts;
    if (!at_op("]")) {
      ExprId first = parse_star_named_expression();
      if (at_comprehension()) {
        std::vector<comprehension> generators = parse_comprehension_clauses();
        expect_op("]");
        return add(span(start), ListComp{first, std::move(generators)});
      }
      elts.push_back(first);
      while (accept_op(",")) {
        if (at_op("]")) break;
        elts.push_back(parse_star_named_expression());
      }
    }
    expect_op("]");
    return add(span(start), List{elts, ExprContext::Load});
  }

  ExprId parse_brace() {
    const Token& start = take();
    if (accept_op("}")) return add(span(start), Dict{});
    // The first element decides: `**m` or `k: v` is a dict, anything else a set.
    if (at_op("**") || !at_op("*")) {
      Dict d;
      bool is_dict = false;
      if (accept_op("**")) {
        d.keys.push_back(ExprId());
        d.values.push_back(parse_bitwise_or());
        is_dict = true;
      } else {
        ExprId first = parse_named_expression();
        if (at_op(":")) {
          take();
          ExprId value = parse_expression();
          if (at_comprehension()) {
            std::vector<comprehension> generators = parse_comprehension_clauses();
            expect_op("}");
            return add(span(start), DictComp{first, value, std::move(generators)});
          }
          d.keys.push_back(first);
          d.values.push_back(value);
          is_dict = true;
        } else {
          return parse_set_rest(start, first);
        }
      }
      if (is_dict) {
        while (accept_op(",")) {
          if (at_op("}")) break;
          if (accept_op("**")) {
            d.keys.push_back(ExprId());
            d.values.push_back(parse_bitwise_or());
          } else {
            d.keys.push_back(parse_expression());
            expect_op(":");
            d.values.push_back(parse_expression());
          }
        }
        expect_op("}");
        return add(span(start), std::move(d));
      }
    }
    return parse_set_rest(start, parse_star_named_expression());
  }

  ExprId parse_set_rest(const Token& start, ExprId first) {
    if (at_comprehension()) {
      std::vector<comprehension> generators = parse_comprehension_clauses();
      expect_op("}");
      return add(span(start), SetComp{first, std::move(generators)});
    }
    ExprList elts{first};
    while (accept_op(",")) {
      if (at_op("}")) break;
      elts.push_back(parse_star_named_expression());
    }
    expect_op("}");
    return add(span(start), Set{elts});
  }

  // ---- strings -------------------------------------------------------------------------

  // Literal text waiting to become one Constant inside a JoinedStr.
  struct PendingText {
    std::string text;
    Loc loc;
    bool any = false;
    void append(const std::string& piece, Loc piece_loc) {
      if (piece.empty()) return;
      if (!any) loc = piece_loc;
      loc.end_line = piece_loc.end_line;
      loc.end_col = piece_loc.end_col;
      text += piece;
      any = true;
    }
  };

  void flush(PendingText& pending, ExprList& values) {
    if (!pending.any) return;
    values.push_back(add(pending.loc, Constant{Str{std::move(pending.text)}, std::nullopt}));
    pending = PendingText{};
  }

  // Adjacent string literals, implicitly concatenated: a Constant, or a JoinedStr when any
  // of them is an f-string.
  // Errors inside a string group (bad escapes, f-string errors, mixing bytes) are reported
  // where CPython reports them: at the token after the whole group.
  ExprId parse_strings() {
    size_t group_start = pos_;
    try {
      return parse_string_group();
    } catch (SyntaxError& error) {
      // Non-ASCII bytes are the one error CPython reports at the literal itself.
      if (error.from_lexer || error.message.starts_with("bytes can only")) throw;
      pos_ = group_start;
      skip_string_group();
      error.loc = cur().loc;
      error.loc.end_line = error.loc.line;
      error.loc.end_col = error.loc.col;
      throw;
    }
  }

  void skip_string_group() {
    int depth = 0;
    while (true) {
      const Token& t = cur();
      if (t.is(TokenKind::EndMarker)) return;
      if (t.is(TokenKind::FStringStart)) {
        ++depth;
      } else if (t.is(TokenKind::FStringEnd)) {
        --depth;
      } else if (depth == 0 && !t.is(TokenKind::String)) {
        return;
      }
      take();
    }
  }

  ExprId parse_string_group() {
    const Token& start = cur();
    bool any_bytes = false, any_text = false, any_f = false;
    bool first_is_unicode = false;
    std::string constant_text;
    PendingText pending;
    ExprList values;
    bool first = true;
    while (cur().is(TokenKind::String) || cur().is(TokenKind::FStringStart)) {
      if (cur().is(TokenKind::String)) {
        const Token& t = take();
        StringParts parts = split_string_token(t.text);
        if (first) first_is_unicode = t.text[0] == 'u';  // CPython checks the lowercase 'u' only
        (parts.bytes ? any_bytes : any_text) = true;
        DecodeResult decoded = decode_string_body(parts.body, parts.raw, parts.bytes);
        if (!decoded.error.empty()) error_at(t.loc, decoded.error);
        constant_text += decoded.value;
        pending.append(decoded.value, t.loc);
      } else {
        any_f = any_text = true;
        parse_fstring(pending, values);
      }
      first = false;
    }
    if (any_bytes && any_text) error_at(span(start), "cannot mix bytes and nonbytes literals");
    Loc loc = span(start);
    if (!any_f) {
      std::optional<std::string> kind;
      if (first_is_unicode) kind = "u";
      if (any_bytes) return add(loc, Constant{Bytes{std::move(constant_text)}, kind});
      return add(loc, Constant{Str{std::move(constant_text)}, kind});
    }
    flush(pending, values);
    ExprId joined = add(loc, JoinedStr{values});
    if (first_is_unicode) mark_unicode_parts(joined, false);
    if (options_.minor_version <= 11) relocate_fstring_parts_311(joined, loc);
    return joined;
  }

  // Python 3.11 located every part of a JoinedStr (and of its format specs) at the whole
  // string; a format spec itself at the string token that holds it.
  // A string group that starts with u"" gives its literal parts kind 'u', except a format
  // spec's trailing literal (CPython takes that one's kind from the f-string token itself).
  void mark_unicode_parts(ExprId joined, bool is_spec) {
    ExprList values = module_.expr(joined).as<JoinedStr>()->values;
    for (size_t i = 0; i < values.size(); ++i) {
      ExprNode& v = module_.expr(values[i]);
      if (auto* c = v.as<Constant>()) {
        if (!(is_spec && i + 1 == values.size())) c->kind = "u";
      } else if (const auto* fv = v.as<FormattedValue>()) {
        if (fv->format_spec) mark_unicode_parts(fv->format_spec, true);
      }
    }
  }

  // Inside a format spec, a trailing literal is located at the spec's own token (3.11
  // created it when finishing the spec, from that token).
  void relocate_fstring_parts_311(ExprId joined, Loc whole, bool is_spec = false) {
    ExprList values = module_.expr(joined).as<JoinedStr>()->values;
    for (size_t i = 0; i < values.size(); ++i) {
      ExprNode& v = module_.expr(values[i]);
      bool trailing_literal = is_spec && i + 1 == values.size() && v.is<Constant>();
      v.loc = trailing_literal ? module_.expr(joined).loc : whole;
      if (const auto* fv = v.as<FormattedValue>())
        if (fv->format_spec) relocate_fstring_parts_311(fv->format_spec, whole, true);
    }
  }

  // One f-string, from FStringStart through FStringEnd.
  void parse_fstring(PendingText& pending, ExprList& values) {
    const Token& fstart = take();
    bool raw = split_string_token(std::string(fstart.text) + "\"\"").raw;
    std::vector<ExprId> specs;  // for 3.11 locations, fixed once the end is known
    while (true) {
      const Token& t = cur();
      if (t.is(TokenKind::FStringEnd)) {
        take();
        break;
      }
      if (t.is(TokenKind::FStringMiddle)) {
        take();
        pending.append(decode_fstring_text(t, raw), t.loc);
      } else if (t.is_op("{")) {
        parse_replacement_field(pending, values, raw, specs);
      } else {
        error_here();
      }
    }
    if (options_.minor_version <= 11) {
      for (ExprId spec : specs) module_.expr(spec).loc = span(fstart);
    }
  }

  std::string decode_fstring_text(const Token& t, bool raw) {
    std::string collapsed;
    std::string_view text = t.text;
    for (size_t i = 0; i < text.size(); ++i) {
      collapsed += text[i];
      if ((text[i] == '{' || text[i] == '}') && i + 1 < text.size() && text[i + 1] == text[i])
        ++i;
      else if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] != '{' && text[i + 1] != '}')
        collapsed += text[++i];
    }
    DecodeResult decoded = decode_string_body(collapsed, raw, false);
    if (!decoded.error.empty()) error_at(t.loc, decoded.error);
    return decoded.value;
  }

  void parse_replacement_field(PendingText& pending, ExprList& values, bool raw,
                               std::vector<ExprId>& specs) {
    const Token& open = take();
    if (at_op("}") || at_op("!") || at_op(":") || at_op("="))
      error_here("f-string: empty expression not allowed");
    bool starts_with_paren = at_op("(");
    ExprId value = at_kw("yield") ? parse_yield() : parse_star_expressions();
    // 3.11 parsed the field as "(expr)", its parentheses at the braces: a bare tuple
    // there spans from '{' to '}'.
    bool bare_tuple_311 =
        options_.minor_version <= 11 && expr(value).is<Tuple>() && !starts_with_paren;
    std::string debug_text;
    Loc debug_loc;
    bool debug = false;
    if (at_op("=")) {
      const Token& equals = take();
      debug = true;
      debug_text = std::string(text_.substr(open.end, cur().begin - open.end));
      debug_loc = Loc{open.loc.end_line, open.loc.end_col, equals.loc.end_line, equals.loc.end_col};
    }
    int conversion = -1;
    if (at_op("!")) {
      const Token& bang = take();
      const Token& name = cur();
      if (!name.is(TokenKind::Name) || name.begin != bang.end)
        error_at(name.loc,
                 "f-string: conversion type must come right after the exclamanation mark");
      if (name.text != "s" && name.text != "r" && name.text != "a")
        error_at(name.loc, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = static_cast<unsigned char>(name.text[0]);  // 's', 'r' or 'a'
      take();
    }
    ExprId spec;
    if (at_op(":")) {
      const Token& colon = take();
      PendingText spec_pending;
      ExprList spec_values;
      while (!at_op("}")) {
        const Token& t = cur();
        if (t.is(TokenKind::FStringMiddle)) {
          take();
          spec_pending.append(decode_fstring_text(t, raw), t.loc);
        } else if (t.is_op("{")) {
          parse_replacement_field(spec_pending, spec_values, raw, specs);
        } else {
          error_here("f-string: expecting '}'");
        }
      }
      flush(spec_pending, spec_values);
      // 3.12 locates a format spec from its ':' to its last piece.
      spec = add(span(colon), JoinedStr{spec_values});
      specs.push_back(spec);
    }
    if (!at_op("}")) error_here("f-string: expecting '}'");
    take();
    if (bare_tuple_311) module_.expr(value).loc = span(open);
    if (debug) {
      pending.append(debug_text, debug_loc);
      if (conversion == -1 && !spec) conversion = 'r';
    }
    flush(pending, values);
    values.push_back(add(span(open), FormattedValue{value, conversion, spec}));
  }

  const std::vector<Token>& tokens_;
  std::string_view text_;
  ParseOptions options_;
  const std::optional<lex::LexError>& lex_error_;
  size_t pos_ = 0;
  mutable size_t furthest_ = 0;
  int depth_ = 0;
  Module module_;
  std::vector<uint32_t> heights_;  // per expression, parallel to module_.exprs
};

}  // namespace

std::optional<ast::Module> parse_module(const diag::SourceFile& file, diag::Sink& sink,
                                        const ParseOptions& options) {
  std::optional<ast::Module> result;
  run_with_large_stack([&] { result = parse_on_this_thread(file, sink, options); });
  return result;
}

std::string dump(const ast::Module& module, const DumpOptions& options) {
  std::string out;
  run_with_large_stack([&] { out = dump_on_this_thread(module, options); });
  return out;
}

std::optional<ast::Module> parse_on_this_thread(const diag::SourceFile& file, diag::Sink& sink,
                                                const ParseOptions& options) {
  lex::TokenList tokens = lex::tokenize(file.text());
  Parser parser(tokens, options);
  try {
    return parser.parse_file();
  } catch (SyntaxError& error) {
    // CPython tokenizes the rest of the file after a parser error: a tokenizer error there
    // wins, an unclosed bracket only when it opened on an earlier line.
    if (!error.from_lexer && tokens.error) {
      const lex::LexError& lex_error = *tokens.error;
      if (!lex_error.unclosed_bracket || parser.furthest_line() > lex_error.loc.line)
        error = SyntaxError{lex_error.kind, lex_error.loc, lex_error.message, true};
    }
    sink.report(error.kind, &file, error.loc, error.message);
    return std::nullopt;
  }
}

}  // namespace ingot::parse
