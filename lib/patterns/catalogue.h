// Internal: the RE2 catalogue. Every pattern gongwen uses is here, one line
// each, with a name and an example that tests/unit/patterns_test.cpp matches.
// Each pattern is compiled once, on its first use, and is safe to share between threads.
#ifndef GONGWEN_LIB_PATTERNS_CATALOGUE_H_
#define GONGWEN_LIB_PATTERNS_CATALOGUE_H_

#include <re2/re2.h>

#include <span>
#include <string_view>

namespace gongwen::internal {

enum class Pat {
  // normalize
  kMarkdownHeading,
  kMarkdownRule,
  kMarkdownBullet,
  kPageNumber,
  kTableSeparatorCell,
  // markers at the start of a block; read by hand (MatchMarker, patterns/marker.cpp), checked against RE2
  kMarkerChineseNumeral,
  kMarkerParenChinese,
  kMarkerArabic,
  kMarkerParenArabic,
  kMarkerOrdinal,
  kMarkerTaskOrdinal,
  kMarkerShi,
  kMarkerCircled,
  kMarkerParenDigit,
  kMarkerDigitStop,
  // head
  kSecurity,
  kIssuerMark,
  kDocNumber,
  kPageByline,
  kSigner,
  kTitleType,
  kAddressees,
  // body and attachment
  kLeaderHeading,
  kLeaderHeadingTitleFirst,
  kLeaderHeadingBracketTitle,
  kLeaderHeadingComrade,
  kLeaderTitleName,
  kLeaderTitlePrefix,
  kLeaderTitleOnly,
  kLeaderPostAlone,
  kLeaderNameTitle,
  kLeaderNameBracket,
  kLeaderNameTitles,
  kUnitHeadingCoordinated,
  kUnitHeading,
  kUnitHeadingTail,
  kPortfolio,
  kClause,
  kClauseLabel,
  kClauseLine,
  kLabelGap,
  kClauseUnlabelled,
  kClauseJointly,
  kClauseParticipants,
  kClauseIsLead,
  kClauseUnlabelledLead,
  kClauseHelpersFirst,
  kClauseHelpers,
  kNoCooperating,
  kTrailingClause,
  kTrailingSentenceClause,
  kTrailingUnitsClause,
  kTrailingCooperation,
  kUnitsBelowNote,
  kCellLineKey,
  kProseLead,
  kProseHelper,
  kProseLeader,
  kProseShare,
  kProseShareAgent,
  kGroupClause,
  kItemClause,
  kLeadsByNumber,
  kNoLeadByNumber,
  kLeadersByNumber,
  kTaskForce,
  kLeaderByPortfolio,
  kPartLeaderNote,
  kUnitRoleMark,
  kNoUnit,
  kLeadRule,
  kBoldLeadRule,
  kRedLeadRule,
  kUnderlineLeadRule,
  kResponsibleLeadRule,
  kNoLeadResponsibleLeadRule,
  kSignLeadRule,
  kRuleCarries,
  kEtcGroup,
  kUnitShare,
  kDeadlineInText,
  kDateWindow,
  kDefaultDeadline,
  kPartHeading,
  kAttachmentList,
  kAttachmentLabel,
  // signature and colophon
  kDate,
  kDateChinese,
  kNote,
  kCc,
  kPrintedBy,
  kProofreader,
  kCopies,
  // dates and deadlines inside text
  kDateInText,
  kDateChineseInText,
  kDeadlineMonth,
  kDeadlineYearEnd,
  kDeadlineYearEndNumbered,
  kDeadlineQuarter,
  kDeadlineNumericDate,
  // enrich: milestones and the reporting schedule
  kMilestoneDate,
  kReportQuarterly,
  kReportMonthly,
  kReportYearly,
  kReportFixedDate,
  kReportVerb,
  // lists
  kBareDivision,
  kDivisionLed,
  // The validator's (lib/validate)
  kDocNumberParts,
  kNoteUnbracketed,
  kCount
};

struct PatternInfo {
  Pat id;
  const char* name;
  const char* regex;
  const char* example;  // a text the pattern must match (tested)
  // What every match needs, tested by MayMatch before the pattern runs on hot paths: groups
  // separated by spaces, all required; in a group, literals separated by '|', one required.
  // "^无" must open the text and "市$" end it (only in a pattern anchored there). nullptr: no
  // literal is required. patterns_test checks these against the corpus.
  const char* needs = nullptr;
  unsigned max_bytes = 0;  // a match (the whole text: the pattern is anchored) is no longer; 0: any
};

std::span<const PatternInfo> AllPatterns();
const RE2& Pattern(Pat id);

// False when `text` cannot match pattern `id`: it lacks what PatternInfo::needs names or is
// longer than max_bytes. A few byte searches, against RE2's fixed cost of a full match.
bool MayMatch(Pat id, std::string_view text);

// Whether `text` opens with a clause's label and its colon (责任单位：…, 牵头：…): kClauseLine on the
// line's first 24 code points, room for the longest label, so a long line is not read to its end.
bool OpensWithClauseLabel(std::string_view text);

// Whether pattern `id` matches `text` (ANCHOR_BOTH: all of it; UNANCHORED: some of it): MayMatch,
// then RE2's DFA. Nothing is captured, so RE2's capture engine never runs.
bool Matches(Pat id, std::string_view text, RE2::Anchor anchor);

// Every match of a catalogue pattern outside the catalogue goes through these two (or through
// Matches, FullMatchGroups, or a loop over Pattern(id) for every match of a search): MayMatch
// first, then RE2, and `groups` (re2::StringPiece, std::string, int…, as RE2 takes them) are read
// only from a text that matches. A FullMatch asked for groups runs RE2's DFA first: RE2 itself
// would go straight to its capture engine (one-pass or bit-state, with allocations), even on a text
// that does not match, and most texts a pattern is tried on do not. A PartialMatch needs no such
// step: RE2 runs its DFA first when it searches.
template <typename... Groups>
bool FullMatch(Pat id, std::string_view text, Groups*... groups) {
  if (!Matches(id, text, RE2::ANCHOR_BOTH)) return false;
  if constexpr (sizeof...(Groups) == 0) {
    return true;
  } else {
    return RE2::FullMatch(text, Pattern(id), groups...);
  }
}
template <typename... Groups>
bool PartialMatch(Pat id, std::string_view text, Groups*... groups) {
  if constexpr (sizeof...(Groups) == 0) {
    return Matches(id, text, RE2::UNANCHORED);
  } else {
    return MayMatch(id, text) && RE2::PartialMatch(text, Pattern(id), groups...);
  }
}

// FullMatch into RE2's own form: groups[0] the whole match, groups[i] group i (data() == nullptr when
// it took no part), for callers that read groups by index or by name (NamedCapturingGroups). Groups
// past `count` are not read.
bool FullMatchGroups(Pat id, std::string_view text, re2::StringPiece* groups, int count);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_PATTERNS_CATALOGUE_H_
