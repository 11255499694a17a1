//===- ReleaseRendering.cpp - write the release call into the source ------===//

#include "fixits/ReleaseRendering.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ndis {

std::string lineIndent(ASTContext &Ctx, SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  Loc = SM.getExpansionLoc(Loc);
  std::pair<FileID, unsigned> D = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(D.first, &Invalid);
  if (Invalid)
    return "";
  size_t LineStart = Buffer.rfind('\n', D.second);
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  size_t End = LineStart;
  while (End < Buffer.size() && (Buffer[End] == ' ' || Buffer[End] == '\t'))
    ++End;
  return Buffer.slice(LineStart, End).str();
}

/// True when only white space precedes `Loc` on its line.
static bool startsLine(ASTContext &Ctx, SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  unsigned Col = SM.getSpellingColumnNumber(Loc);
  return lineIndent(Ctx, Loc).size() + 1 == Col;
}

SourceStyle sourceStyle(ASTContext &Ctx, const FunctionDecl *Fn) {
  SourceStyle Style;
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation FnLoc = SM.getExpansionLoc(Fn->getBeginLoc());
  bool Invalid = false;
  StringRef Buffer = SM.getBufferData(SM.getFileID(FnLoc), &Invalid);
  size_t FirstNewline = Invalid ? StringRef::npos : Buffer.find('\n');
  if (FirstNewline != StringRef::npos && FirstNewline > 0 &&
      Buffer[FirstNewline - 1] == '\r')
    Style.Newline = "\r\n";
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Fn->getBody());
  if (!Body || Body->body_empty())
    return Style;
  // The function's own line sets the outer level, wherever its brace is;
  // lineIndent looks through macros.
  std::string Inner = lineIndent(Ctx, Body->body_front()->getBeginLoc());
  std::string Outer = lineIndent(Ctx, Fn->getBeginLoc());
  if (Inner.size() > Outer.size() && StringRef(Inner).starts_with(Outer))
    Style.IndentUnit = Inner.substr(Outer.size());
  return Style;
}

static std::string statements(const ReleaseText &R, const std::string &Indent,
                              const SourceStyle &Style) {
  std::string Call = R.Function.str() + "(" + R.Handle + ");";
  if (R.Condition.empty())
    return Call;
  const std::string &NL = Style.Newline;
  std::string Inner = Indent + Style.IndentUnit;
  std::string Body = Inner + Call + NL;
  if (R.ResetHandle)
    Body += Inner + R.Handle + " = NULL;" + NL;
  return "if (" + R.Condition + ") {" + NL + Body + Indent + "}";
}

/// Where the statement starts in the file, if it is not inside a macro.
static std::optional<SourceLocation> fileStart(ASTContext &Ctx,
                                               const Stmt *S) {
  SourceLocation Loc = S->getBeginLoc();
  if (Loc.isFileID())
    return Loc;
  SourceLocation ExpansionStart;
  if (Lexer::isAtStartOfMacroExpansion(Loc, Ctx.getSourceManager(),
                                       Ctx.getLangOpts(), &ExpansionStart))
    return ExpansionStart;
  return std::nullopt;
}

/// Just past the `;` that ends `S` (or past its last token).
static std::optional<SourceLocation> fileEnd(ASTContext &Ctx, const Stmt *S) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation End = S->getEndLoc();
  if (End.isMacroID()) {
    SourceLocation ExpansionEnd;
    if (!Lexer::isAtEndOfMacroExpansion(End, SM, Ctx.getLangOpts(),
                                        &ExpansionEnd))
      return std::nullopt;
    End = ExpansionEnd;
  }
  SourceLocation AfterSemi = Lexer::findLocationAfterToken(
      End, tok::semi, SM, Ctx.getLangOpts(),
      /*SkipTrailingWhitespaceAndNewLine=*/false);
  if (AfterSemi.isValid())
    return AfterSemi;
  return Lexer::getLocForEndOfToken(End, 0, SM, Ctx.getLangOpts());
}

/// `Loc`, or the end of its line when only a `//` comment follows it there:
/// a closing brace goes after the comment that ends the statement's line.
static SourceLocation afterTrailingComment(ASTContext &Ctx,
                                           SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  bool Invalid = false;
  const char *P = SM.getCharacterData(Loc, &Invalid);
  if (Invalid || !P)
    return Loc;
  unsigned Skip = 0;
  while (P[Skip] == ' ' || P[Skip] == '\t')
    ++Skip;
  if (P[Skip] != '/' || P[Skip + 1] != '/')
    return Loc;
  while (P[Skip] && P[Skip] != '\n' && P[Skip] != '\r')
    ++Skip;
  // A comment continued with a backslash goes on: leave it alone.
  if (Skip > 0 && P[Skip - 1] == '\\')
    return Loc;
  return Loc.getLocWithOffset(Skip);
}

std::optional<llvm::SmallVector<FixItHint, 3>>
renderReleaseBefore(ASTContext &Ctx, const FunctionDecl *Fn,
                    const ParentMap &PM, const Stmt *Before,
                    const ReleaseText &Release) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::optional<SourceLocation> Start = fileStart(Ctx, Before);
  if (!Start)
    return std::nullopt;
  SourceStyle Style = sourceStyle(Ctx, Fn);
  const std::string &NL = Style.Newline;
  llvm::SmallVector<FixItHint, 3> Hints;

  // The unbraced body of an if or else gets braces around both statements.
  const auto *If = dyn_cast_or_null<IfStmt>(PM.getParent(Before));
  if (If && (If->getThen() == Before || If->getElse() == Before)) {
    SourceLocation Keyword = If->getThen() == Before ? If->getRParenLoc()
                                                     : If->getElseLoc();
    if (Keyword.isMacroID())
      return std::nullopt;
    SourceLocation AfterKeyword =
        Lexer::getLocForEndOfToken(Keyword, 0, SM, Ctx.getLangOpts());
    std::optional<SourceLocation> End = fileEnd(Ctx, Before);
    if (!End || AfterKeyword.isInvalid())
      return std::nullopt;
    std::string Outer = lineIndent(Ctx, Keyword);
    std::string Inner = Outer + Style.IndentUnit;
    bool Invalid = false;
    StringRef Between = Lexer::getSourceText(
        CharSourceRange::getCharRange(AfterKeyword, *Start), SM,
        Ctx.getLangOpts(), &Invalid);
    if (Invalid)
      return std::nullopt;
    if (Between.trim().empty()) {
      Hints.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getCharRange(AfterKeyword, *Start),
          " {" + NL + Inner + statements(Release, Inner, Style) + NL + Inner));
    } else {
      // A comment between the condition and the body stays where it is:
      // the brace goes before it, the release before the body.
      Hints.push_back(FixItHint::CreateInsertion(AfterKeyword, " {"));
      if (startsLine(Ctx, *Start)) {
        std::string Indent = lineIndent(Ctx, *Start);
        Hints.push_back(FixItHint::CreateInsertion(
            Start->getLocWithOffset(-static_cast<int>(Indent.size())),
            Indent + statements(Release, Indent, Style) + NL));
      } else {
        // The body on the condition's line: it moves to a line of its own,
        // without the blanks that separated it from the comment.
        size_t Blanks = Between.size() - Between.rtrim(" \t").size();
        Hints.push_back(FixItHint::CreateReplacement(
            CharSourceRange::getCharRange(
                Start->getLocWithOffset(-static_cast<int>(Blanks)), *Start),
            NL + Inner + statements(Release, Inner, Style) + NL + Inner));
      }
    }
    Hints.push_back(FixItHint::CreateInsertion(afterTrailingComment(Ctx, *End),
                                               NL + Outer + "}"));
    return Hints;
  }

  std::string Indent = lineIndent(Ctx, *Start);
  if (startsLine(Ctx, *Start)) {
    SourceLocation LineStart =
        Start->getLocWithOffset(-static_cast<int>(Indent.size()));
    Hints.push_back(FixItHint::CreateInsertion(
        LineStart, Indent + statements(Release, Indent, Style) + NL));
  } else {
    // After a label on the same line: the release takes the label's line.
    Hints.push_back(FixItHint::CreateInsertion(
        *Start, statements(Release, Indent, Style) + NL + Indent +
                    Style.IndentUnit));
  }
  return Hints;
}

} // namespace ndis
