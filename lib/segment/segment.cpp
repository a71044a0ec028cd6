// Word and sentence segmentation: ICU's BreakIterator, fitted to government
// text with a lexicon, number rules and bracketed names (see gongwen/segment.h).
#include "gongwen/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <limits>
#include <mutex>

#include "core/chinese_number.h"
#include "core/file.h"
#include "core/utf8.h"
#include "gongwen/source.h"
#include "segment/numbers.h"

namespace gongwen {

namespace {

// The built-in lexicon's text (lib/segment/builtin_lexicon.txt), made C++ strings of whole lines by CMake.
constexpr std::string_view kBuiltinLexicon[] = {
#include "builtin_lexicon.inc"
};

// A word of one particle, preposition or determiner (的, 各, 在): it takes no suffix (的 村, 各 省).
bool IsFunctionWord(std::string_view w) {
  static constexpr std::u32string_view kChars = U"的各在和与及或等为对把被将由从向于以是了每这那其该个";
  size_t i = 0;
  if (w.empty()) return false;
  const char32_t cp = internal::NextCodePoint(w, i);
  return i == w.size() && kChars.find(cp) != std::u32string_view::npos;
}

// Words longer than this (code points) are not looked up.
constexpr size_t kMaxWordChars = 16;

// The words a segmenter knows: the built-in lexicon, shared and never copied (a
// segmenter is made per document), and its own words (the user's lexicons, the
// document's units and leaders).
class KnownWords {
 public:
  void UseBuiltin(const Lexicon* builtin) { builtin_ = builtin; }
  bool IsBuiltin(const Lexicon& lexicon) const { return &lexicon == builtin_; }
  void Add(std::string_view word) { own_.Add(word); }
  bool Contains(std::string_view w) const {
    return (builtin_ != nullptr && builtin_->Contains(w)) || (own_.size() > 0 && own_.Contains(w));
  }
  size_t max_chars() const {
    return std::max(builtin_ != nullptr ? builtin_->max_chars() : 0, own_.max_chars());
  }

 private:
  const Lexicon* builtin_ = nullptr;
  Lexicon own_;
};

void AddLines(Lexicon& lexicon, std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    lexicon.Add(line.substr(0, line.find_first_of(" \t")));
  }
}

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

// ICU reads the UTF-8 text in place; its indices are byte offsets.
std::unique_ptr<UText, UTextCloser> OpenUtf8(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  if (U_FAILURE(err)) return nullptr;
  return std::unique_ptr<UText, UTextCloser>(ut);
}

bool IsPunctOrSymbol(char32_t cp) {
  if (internal::IsCjkPunct(cp)) return true;
  const auto cat = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(cp)));
  switch (cat) {
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

bool IsOpenBracket(char32_t cp) { return cp == U'（' || cp == U'('; }
bool IsCloseBracket(char32_t cp) { return cp == U'）' || cp == U')'; }
bool IsSentenceEnd(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'!' || cp == U'?';
}

// A place or body named in brackets after a name: 睢阳（古县）, 开发区（高新区）.
bool IsBracketedName(std::string_view inner, const std::function<bool(std::string_view)>& known) {
  size_t n = internal::CountCodePoints(inner);
  if (n < 2 || n > 8) return false;
  size_t i = 0;
  char32_t last = 0;
  while (i < inner.size()) {
    last = internal::NextCodePoint(inner, i);
    if (!internal::IsHan(last)) return false;
  }
  // A known word names a place or body, except a role a notice writes after a unit: 区投资促进局 （ 牵头 ）.
  static constexpr std::string_view kRoles[] = {"牵头", "负责", "配合", "协助",
                                                "协办", "主办", "主责", "参与"};
  if (known(inner)) return std::find(std::begin(kRoles), std::end(kRoles), inner) == std::end(kRoles);
  switch (last) {
    case U'县':
    case U'市':
    case U'区':
    case U'镇':
    case U'乡':
    case U'村':
    case U'省':
    case U'州':
    case U'旗':
    case U'局':
    case U'委':
    case U'办':
    case U'厅':
    case U'处':
    case U'所':
    case U'站':
    case U'队':
      return true;
    default:
      return false;
  }
}

// A word that ends like the name of a body: 促进局, 殡仪馆, 医院, 联合会.
bool EndsAsBody(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"局",     "委",   "厅",   "室",  "馆",     "队",
                                               "所",     "站",   "中心", "院",  "联合会", "委员会",
                                               "管委会", "协会", "公司", "集团"};
  if (internal::CountCodePoints(w) < 2) return false;
  for (std::string_view e : kEnds)
    if (w.size() >= e.size() && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

// A named place and its government, and that government's office, are one
// name: 古县 人民政府 办公室 → 古县人民政府办公室. Generic divisions are not names
// (各省、自治区、直辖市 人民政府), nor are 全县, 本市, 该区.
void JoinGovernmentNames(std::string_view text, std::vector<Token>& tokens) {
  auto str = [&](const Token& t) { return text.substr(t.begin, t.end - t.begin); };
  static constexpr std::string_view kGeneric[] = {
      "直辖市", "自治区", "自治州", "自治县", "地级市", "县级市", "乡镇", "全县", "全市", "全区",
      "全省",   "本县",   "本市",   "本区",   "该县",   "该市",   "该区", "各县", "各市", "各区"};
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) {
    if (!out.empty() && out.back().end == t.begin && out.back().kind == TokenKind::kWord) {
      std::string_view prev = str(out.back());
      std::string_view cur = str(t);
      size_t p = prev.size();
      const char32_t last = p > 0 ? internal::PreviousCodePoint(prev, p) : 0;
      const bool place = internal::CountCodePoints(prev) >= 2 &&
                         std::u32string_view(U"县市区省州镇乡旗").find(last) != std::u32string_view::npos &&
                         std::find(std::begin(kGeneric), std::end(kGeneric), prev) == std::end(kGeneric);
      // 镇 人民政府, 县 人民政府: the single character names the level's own government.
      const bool level = std::u32string_view(U"县市区省镇乡").find(last) != std::u32string_view::npos &&
                         internal::CountCodePoints(prev) == 1;
      const bool government = prev.size() >= 6 && prev.substr(prev.size() - 6) == "政府";
      const bool office = cur == "办公室" || cur == "办公厅" || cur == "督查室";
      // 区 县政府 → 区县政府, 市 县政府: the governments of two levels.
      size_t c0 = 0;
      const bool two_levels = level && cur.size() == 9 && cur.substr(3) == "政府" &&
                              std::u32string_view(U"县区市乡镇").find(internal::NextCodePoint(cur, c0)) !=
                                  std::u32string_view::npos;
      // A named place and one of its bodies: 临川区 卫生健康局 → 临川区卫生健康局 (not 市 中心).
      const bool body = place && internal::CountCodePoints(prev) >= 3 &&
                        internal::CountCodePoints(cur) >= 3 && EndsAsBody(cur);
      if (((place || level) && cur.substr(0, 12) == "人民政府") || (place && cur == "政府") || two_levels ||
          body || (government && office)) {
        out.back().end = t.end;
        continue;
      }
    }
    out.push_back(t);
  }
  tokens = std::move(out);
}

// Verbs that govern an object (通过, 发挥, 支持): a place after one is its object (通过 区 督查), never
// its suffix.
bool IsGoverningVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "支持", "举办", "召开", "组织", "依托", "推动", "推进", "加强", "完善", "指导", "协调",
      "配合", "牵头", "会同", "联合", "通过", "利用", "发挥", "引进", "培育", "督促", "要求",
      "鼓励", "引导", "指定", "委托", "授权", "开展", "实施", "落实", "负责", "做好", "抓好",
      "提升", "提高", "加快", "确保", "实现", "保障", "投入", "安排"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// Verbs a level does things with (县 设立 服务中心, 市 支持 医院 建设): a body's name holds none of
// them. Those that make a place (新建区, 管理区, 合并村) are not governing verbs.
bool IsActionVerb(std::string_view w) {
  static constexpr std::string_view kMaking[] = {
      "设立", "成立", "组建", "建立", "建设", "建成", "新建", "扩建", "改造", "打造", "争创", "创建",
      "筹建", "挂牌", "揭牌", "启动", "运营", "管理", "监管", "整合", "撤销", "合并", "设置"};
  return IsGoverningVerb(w) || std::find(std::begin(kMaking), std::end(kMaking), w) != std::end(kMaking);
}

// A body of a named level is one name: 区 + 投资 促进局 → 区投资促进局, 县 殡仪馆 → 县殡仪馆,
// 区 中医 医院. The level is a single 区 县 市 省 镇 乡 word; the name is at most three words, the
// last ending like an office.
void JoinLevelBodies(std::string_view text, std::vector<Token>& tokens, const KnownWords& words) {
  auto str = [&](const Token& t) { return text.substr(t.begin, t.end - t.begin); };
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view w = str(tokens[k]);
    if (tokens[k].kind == TokenKind::kWord &&
        (w == "区" || w == "县" || w == "市" || w == "省" || w == "镇" || w == "乡")) {
      size_t e = k + 1;
      size_t last_body = 0;
      while (e < tokens.size() && e <= k + 3 && tokens[e].kind == TokenKind::kWord &&
             tokens[e].begin == tokens[e - 1].end && !IsFunctionWord(str(tokens[e])) &&
             !IsActionVerb(str(tokens[e]))) {
        if (EndsAsBody(str(tokens[e]))) last_body = e;
        ++e;
      }
      if (last_body > k &&
          !words.Contains(text.substr(tokens[k].begin, tokens[k + 1].end - tokens[k].begin))) {
        out.push_back({tokens[k].begin, tokens[last_body].end, TokenKind::kWord});
        k = last_body;
        continue;
      }
    }
    // A numbered school of a level is one name: 县一中, 市二小 (not 县一中学, 市一中心).
    if (const size_t b = tokens[k].begin; tokens[k].kind != TokenKind::kPunct && b + 9 <= text.size()) {
      size_t i = b;
      const char32_t level = internal::NextCodePoint(text, i);
      const char32_t number = internal::NextCodePoint(text, i);
      const char32_t school = internal::NextCodePoint(text, i);
      size_t j = i;
      const char32_t after = j < text.size() ? internal::NextCodePoint(text, j) : 0;
      if (std::u32string_view(U"县市区").find(level) != std::u32string_view::npos &&
          std::u32string_view(U"一二三四五六七八九十").find(number) != std::u32string_view::npos &&
          (school == U'中' || school == U'小') &&
          std::u32string_view(U"学心央型").find(after) == std::u32string_view::npos) {
        size_t e = k;
        while (e + 1 < tokens.size() && tokens[e].end < i && tokens[e + 1].begin == tokens[e].end) ++e;
        if (tokens[e].end == i) {
          out.push_back({b, i, TokenKind::kWord});
          k = e;
          continue;
        }
      }
    }
    // 第 + 36 → 第36, as 第五.
    if (tokens[k].kind == TokenKind::kNumber && !out.empty() && out.back().end == tokens[k].begin &&
        str(out.back()) == "第") {
      out.back() = {out.back().begin, tokens[k].end, TokenKind::kNumber};
      continue;
    }
    out.push_back(tokens[k]);
  }
  tokens = std::move(out);
}

// Characters that stand alone as words (particles, prepositions, pronouns,
// measure words): never part of an unknown name.
bool IsFunctionChar(char32_t cp) {
  static constexpr std::u32string_view kChars =
      U"的了在是和与及或等为对把被将由从向于以之其各每该本这那不也都又就并而且但要会能可已所着过给让使据按至"
      U"到上下"
      U"中内外前后里间个年月日有无没很更最再还只才从而即若如则因此此与共同全新大小多少高低好沿经";
  return kChars.find(cp) != std::u32string_view::npos;
}

// A word of one Han character that no dictionary knows and that is no function word (利, 达, 桐).
bool IsSingleUnknown(std::string_view text, const Token& t, const KnownWords& words) {
  if (t.kind != TokenKind::kWord || t.end <= t.begin) return false;
  std::string_view w = text.substr(t.begin, t.end - t.begin);
  size_t i = 0;
  const char32_t cp = internal::NextCodePoint(w, i);
  return i == w.size() && internal::IsHan(cp) && !IsFunctionChar(cp) && !words.Contains(w);
}

// A run of two or more single characters that no dictionary knows, none a
// function word, is most likely one name ICU does not know: 利 达 → 利达, 美 森 宏 源 → 美森宏源.
void JoinUnknownRuns(std::string_view text, std::vector<Token>& tokens, const KnownWords& words) {
  auto single_unknown = [&](const Token& t) { return IsSingleUnknown(text, t, words); };
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (size_t k = 0; k < tokens.size();) {
    size_t e = k;
    while (e < tokens.size() && single_unknown(tokens[e]) && (e == k || tokens[e].begin == tokens[e - 1].end))
      ++e;
    if (e - k >= 2) {
      out.push_back({tokens[k].begin, tokens[e - 1].end, TokenKind::kWord});
      k = e;
    } else {
      out.push_back(tokens[k]);
      ++k;
    }
  }
  tokens = std::move(out);
}

// Asks ICU's dictionary whether a short string is one of its words: the
// iterator (the one that cut the text, done with it) reads it as a single word.
class DictionaryProbe {
 public:
  explicit DictionaryProbe(icu::BreakIterator* bi) : bi_(bi) {}

  bool IsWord(std::string_view w) {
    if (bi_ == nullptr) return false;
    UText ut = UTEXT_INITIALIZER;
    UErrorCode err = U_ZERO_ERROR;
    utext_openUTF8(&ut, w.data(), static_cast<int64_t>(w.size()), &err);
    if (U_FAILURE(err)) return false;
    bi_->setText(&ut, err);
    const bool one = U_SUCCESS(err) && bi_->first() == 0 && bi_->next() == static_cast<int32_t>(w.size());
    utext_close(&ut);
    return one;
  }

 private:
  icu::BreakIterator* bi_;
};

// A word of ICU's dictionary made of two words of it (交通安全, 身心健康, 排查整改) is two words, as
// the standard writes compounds; a known word (营商环境), a set phrase of the lexicon (毫不动摇 is
// one) and the name of a body (人民银行, 海关总署) stay whole.
bool IsBodyWord(std::string_view w) {
  static constexpr std::string_view kBodies[] = {"银行", "总署", "医院", "大学", "学院", "学校", "公司",
                                                 "集团", "中心", "总局", "政府", "法院", "剧院", "协会"};
  return std::find(std::begin(kBodies), std::end(kBodies), w) != std::end(kBodies);
}

// 更好, 最大, 很多: a degree adverb before a one-character adjective (two words in the standard).
bool IsDegreeAndAdjective(std::string_view w) {
  size_t i = 0;
  const char32_t adverb = internal::NextCodePoint(w, i);
  if (i >= w.size()) return false;
  const char32_t adjective = internal::NextCodePoint(w, i);
  if (w == "最高") return false;  // a word of its own: 最高 人民法院, 最高 水平
  return i == w.size() && std::u32string_view(U"更最很太较").find(adverb) != std::u32string_view::npos &&
         std::u32string_view(U"好多大高快强小少低深广远宽长重早晚难优佳美严实细稳准精").find(adjective) !=
             std::u32string_view::npos;
}

}  // namespace

const char* TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
  }
  return "word";
}

// ---- Lexicon ---------------------------------------------------------------

void Lexicon::Add(std::string_view word) {
  word = internal::TrimSpaces(word);
  if (word.empty()) return;
  size_t chars = internal::CountCodePoints(word);
  if (chars > kMaxWordChars) return;
  if (words_.emplace(word).second) max_chars_ = std::max(max_chars_, chars);
}

Status Lexicon::AddFile(const std::string& path) {
  return internal::ForEachListLine(path, [&](std::string_view line) {
    Add(line.substr(0, line.find_first_of(" \t")));  // a frequency or tag after the word is ignored
    return Status();
  });
}

std::string Lexicon::Digest() const {
  std::vector<std::string_view> sorted(words_.begin(), words_.end());
  std::sort(sorted.begin(), sorted.end());
  std::string all;  // each word after its length: no two sets of words give the same bytes
  for (std::string_view w : sorted) ((all += std::to_string(w.size())) += ':') += w;
  return Sha256Hex(all);
}

const Lexicon& Lexicon::Builtin() {
  static const Lexicon builtin = [] {
    Lexicon l;
    for (std::string_view chunk : kBuiltinLexicon) AddLines(l, chunk);
    return l;
  }();
  return builtin;
}

// ---- Segmenter -------------------------------------------------------------

struct Segmenter::Impl {
  SegmentOptions options;
  KnownWords words;
  std::unique_ptr<icu::BreakIterator> word_proto;
  // Made on first use: extract --tokens makes a Segmenter per document and never asks for sentences.
  mutable std::once_flag sentence_once;
  mutable std::unique_ptr<icu::BreakIterator> sentence_proto;
  mutable std::mutex clone_mu;  // ICU's clone() of one iterator is not promised to be thread-safe

  const icu::BreakIterator* SentenceProto() const {
    std::call_once(sentence_once, [&] {
      UErrorCode err = U_ZERO_ERROR;
      sentence_proto.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), err));
      if (U_FAILURE(err)) sentence_proto.reset();
    });
    return sentence_proto.get();
  }

  std::unique_ptr<icu::BreakIterator> Clone(const icu::BreakIterator& proto) const {
    std::lock_guard<std::mutex> lock(clone_mu);
    return std::unique_ptr<icu::BreakIterator>(proto.clone());
  }

  // ICU's word boundaries of `text`, as a byte → is-boundary table.
  // `bi` is this call's clone of word_proto (or null).
  std::vector<bool> WordBoundaries(std::string_view text, icu::BreakIterator* bi) const {
    std::vector<bool> at(text.size() + 1, false);
    at[0] = at[text.size()] = true;
    auto ut = OpenUtf8(text);
    if (bi == nullptr || ut == nullptr) return at;
    UErrorCode err = U_ZERO_ERROR;
    bi->setText(ut.get(), err);
    if (U_FAILURE(err)) return at;
    for (int32_t p = bi->first(); p != icu::BreakIterator::DONE; p = bi->next())
      if (p >= 0 && static_cast<size_t>(p) <= text.size()) at[static_cast<size_t>(p)] = true;
    return at;
  }

  // Fewest words over a run of Han characters [b, e): known words, numbers,
  // ICU's words (a little dearer than known ones) and single characters.
  void Han(std::string_view text, size_t b, size_t e, const std::vector<bool>& icu, DictionaryProbe& probe,
           std::vector<Token>& out) const {
    std::vector<size_t> pos;  // code point starts, and e
    for (size_t i = b; i < e;) {
      pos.push_back(i);
      internal::NextCodePoint(text, i);
    }
    pos.push_back(e);
    const size_t n = pos.size() - 1;
    constexpr int kKnown = 10, kIcu = 11, kSingle = 12;
    constexpr int kInf = std::numeric_limits<int>::max() / 2;
    std::vector<int> cost(n + 1, kInf);
    std::vector<size_t> from(n + 1, 0);
    std::vector<TokenKind> kind(n + 1, TokenKind::kWord);
    std::vector<bool> icu_word(n + 1, false);  // the word ending here is one of ICU's, not a known one
    std::vector<char32_t> chars(n);
    for (size_t k = 0; k < n; ++k) {
      size_t i = pos[k];
      chars[k] = internal::NextCodePoint(text, i);
    }
    cost[0] = 0;
    const size_t max_len = std::max<size_t>(std::min(words.max_chars(), kMaxWordChars), 1);
    for (size_t k = 0; k < n; ++k) {
      if (cost[k] >= kInf) continue;
      auto relax = [&](size_t end, int c, TokenKind t, bool from_icu = false) {
        if (cost[k] + c < cost[end]) {
          cost[end] = cost[k] + c;
          from[end] = k;
          kind[end] = t;
          icu_word[end] = from_icu;
        }
      };
      // Set patterns of four characters: AABB (扎扎实实, 方方面面) and 一X一Y (一企一策, 一村一品).
      if (k + 4 <= n) {
        const char32_t* c = &chars[k];
        const bool aabb = c[0] == c[1] && c[2] == c[3] && c[0] != c[2] && !internal::IsHanNumberChar(c[0]);
        const bool one_one = c[0] == U'一' && c[2] == U'一' && !internal::IsHanNumberChar(c[1]) &&
                             !internal::IsHanNumberChar(c[3]) &&
                             internal::NumeralClassifierSplit(text.substr(pos[k], pos[k + 2] - pos[k])) == 0;
        if (aabb || one_one) relax(k + 4, kKnown, TokenKind::kWord);
      }
      // A number written in Chinese numerals: 三十一日, 十二月, 第五.
      if (size_t len = internal::MatchHanNumber(text.substr(pos[k], e - pos[k])); len > 0) {
        size_t end = k;
        while (end < n && pos[end] < pos[k] + len) ++end;
        relax(end, kKnown, TokenKind::kNumber);
      }
      // The ICU word starting here, if one does: its end.
      size_t icu_end = 0;
      if (icu[pos[k]])
        for (size_t end = k + 1; end <= n; ++end)
          if (icu[pos[end]]) {
            icu_end = end;
            break;
          }
      const size_t longest = std::min(n - k, std::max(max_len, icu_end > k ? icu_end - k : 0));
      for (size_t len = 1; len <= longest; ++len) {
        const size_t end = k + len;
        std::string_view w = text.substr(pos[k], pos[end] - pos[k]);
        if (len <= max_len && words.Contains(w))
          relax(end, kKnown, TokenKind::kWord);
        else if (end == icu_end &&  // not an ICU word that cuts a number in two (达三 十万元)
                 !(len >= 2 && end < n && internal::IsHanNumberChar(chars[end - 1]) &&
                   internal::IsHanNumberChar(chars[end]))) {
          // An ICU word of two or three characters that takes a particle or 是 (新的, 也是, 尤其是) is
          // its stem and a word of its own; 免不了 stays (X不了), and so do idioms (各行其是).
          const char32_t tail = chars[end - 1];
          const bool particle = (len == 2 || len == 3) && (tail == U'的' || tail == U'了' || tail == U'是') &&
                                !(len == 3 && chars[k + 1] == U'不' && tail == U'了');
          if (!particle)
            relax(end, kIcu, TokenKind::kWord, len >= 2);
          else if (len == 3)
            relax(end - 1, kIcu, TokenKind::kWord, true);  // the stem: 尤其 (是)
        } else if (len == 1)
          relax(end, kSingle, TokenKind::kWord);
      }
    }
    std::vector<Token> run;
    std::vector<bool> run_icu;
    for (size_t k = n; k > 0; k = from[k]) {
      run.push_back({pos[from[k]], pos[k], kind[k]});
      run_icu.push_back(icu_word[k]);
    }
    std::reverse(run.begin(), run.end());
    std::reverse(run_icu.begin(), run_icu.end());
    SplitCompounds(text, run, run_icu, probe);
    Affixes(text, run, run_icu, icu, out);
  }

  void SplitCompounds(std::string_view text, std::vector<Token>& run, std::vector<bool>& run_icu,
                      DictionaryProbe& probe) const {
    std::vector<Token> out;
    std::vector<bool> out_icu;
    for (size_t k = 0; k < run.size(); ++k) {
      const size_t cut = CompoundCut(text, run[k], run_icu[k], probe);
      if (cut > 0 && out.empty()) {  // the first split: copy what came before
        out.assign(run.begin(), run.begin() + static_cast<std::ptrdiff_t>(k));
        out_icu.assign(run_icu.begin(), run_icu.begin() + static_cast<std::ptrdiff_t>(k));
      }
      if (cut > 0) {
        out.push_back({run[k].begin, run[k].begin + cut, TokenKind::kWord});
        out.push_back({run[k].begin + cut, run[k].end, TokenKind::kWord});
        out_icu.insert(out_icu.end(), 2, true);
      } else if (!out.empty()) {
        out.push_back(run[k]);
        out_icu.push_back(run_icu[k]);
      }
    }
    if (!out.empty()) {
      run = std::move(out);
      run_icu = std::move(out_icu);
    }
  }

  // Where a word of ICU's dictionary is cut in two (bytes into it), or 0.
  size_t CompoundCut(std::string_view text, const Token& t, bool from_icu, DictionaryProbe& probe) const {
    if (!from_icu || t.kind != TokenKind::kWord) return 0;
    const std::string_view w = text.substr(t.begin, t.end - t.begin);
    if (words.Contains(w)) return 0;
    if (w.size() == 12 && internal::CountCodePoints(w) == 4) {
      const std::string_view head = w.substr(0, 6), tail = w.substr(6);
      return !IsBodyWord(tail) && probe.IsWord(head) && probe.IsWord(tail) ? 6 : 0;
    }
    if (w.size() == 9 && internal::CountCodePoints(w) == 3 && w.substr(0, 3) == "不")
      return probe.IsWord(w.substr(3)) ? 3 : 0;  // 不 低于
    // 更 好, 最 大, 很 多: a degree adverb and its adjective (更新, 更加, 最后, 最高 are words)
    if (w.size() == 6 && IsDegreeAndAdjective(w)) return 3;
    // 各 省, 各 区县政府: the determiner and a level or an office (各级 is a word)
    if (w.size() == 6 && w.substr(0, 3) == "各" && internal::IsPlaceSuffix(w.substr(3)) &&
        w.substr(3) != "级")
      return 3;
    return 0;
  }

  // After a word of ICU's dictionary, a place suffix makes a place name (临海 市, 澄水 区) unless it
  // begins the next word (完善 县乡村, 周边 县市, 安排 市级, 实施 县三中, 推进 县城). An office (局 委 院…)
  // always takes the word before it (促进局).
  // The place name stands where names stand: before a number or a mark (《澄水区2024年…》), before its
  // government (临海市人民政府), or first in its run of Han before a body (临川区卫生健康局); a verb
  // before 县 or 市 stands mid-sentence (依法 实施 县…). 区 and 村 also make common nouns of any word
  // (行政区, 风景区, 行政村), so they take the word before them wherever it stands, unless
  // that word is a verb (通过 区 督查).
  static bool PlaceAfterWord(std::string_view text, const std::vector<Token>& run, size_t k, bool first,
                             const std::vector<bool>& icu) {
    const Token& suffix = run[k];
    size_t i = suffix.begin;
    const char32_t cp = internal::NextCodePoint(text, i);
    if (std::u32string_view(U"市省县区村镇乡州").find(cp) == std::u32string_view::npos) return true;
    // A verb takes a place as its object, not as its suffix: 通过 区 督查, 发挥 村 集体.
    if (k > 0 && IsGoverningVerb(text.substr(run[k - 1].begin, run[k - 1].end - run[k - 1].begin)))
      return false;
    if (i >= text.size()) return true;
    if (!icu[i]) return false;  // ICU reads a longer word from here: 县城
    size_t j = i;
    const char32_t next = internal::NextCodePoint(text, j);
    if (internal::IsHanNumberChar(next) ||
        std::u32string_view(U"市省县区村镇乡州级").find(next) != std::u32string_view::npos)
      return false;
    if (!internal::IsHan(next) || cp == U'区' || cp == U'村') return true;
    const std::string_view after = text.substr(i);
    for (std::string_view gov : {"人民政府", "政府", "党委", "人大", "政协"})
      if (after.substr(0, gov.size()) == gov) return true;
    if (!first) return false;
    for (size_t b = k + 1; b < run.size() && b <= k + 3; ++b)
      if (EndsAsBody(text.substr(run[b].begin, run[b].end - run[b].begin))) return true;
    return false;
  }

  // Words the dictionary pass leaves wrongly cut or joined, by rules of Chinese
  // word formation: a numeral and its classifier are two words (一 个, 第一 次)
  // unless the lexicon knows the pair; a word of two or more characters takes a
  // productive suffix (现代化, 积极性, 劳动者); 第 takes its numeral (第 一 → 第一).
  // `from_icu[k]` says run[k] is a word of ICU's dictionary (实施, 北京), not a known word or a single
  // character: such a word takes no place suffix (实施 县三中).
  void Affixes(std::string_view text, const std::vector<Token>& run, const std::vector<bool>& from_icu,
               const std::vector<bool>& icu, std::vector<Token>& out) const {
    auto str = [&](const Token& t) { return text.substr(t.begin, t.end - t.begin); };
    const size_t first_out = out.size();  // out's tokens from this run start here
    bool prev_icu = false;                // out.back() is an ICU word of this run
    for (size_t k = 0; k < run.size(); ++k) {
      const bool icu_prev_now = prev_icu;
      prev_icu = false;
      Token t = run[k];
      std::string_view w = str(t);
      // 三十 + 一个 → 三十一 个: a numeral cut off a number by a word that starts with it.
      if (t.kind == TokenKind::kWord && !out.empty() && out.back().end == t.begin)
        if (size_t split = internal::NumeralClassifierSplit(w); split > 0) {
          const std::string_view joined = text.substr(out.back().begin, t.begin + split - out.back().begin);
          if (internal::CountCodePoints(joined) > internal::CountCodePoints(text.substr(t.begin, split)) &&
              (internal::ParseChineseNumber(joined) ||
               str(out.back()) == "第")) {  // also 第 + 一个 → 第一 个
            out.back().end = t.begin + split;
            out.back().kind = TokenKind::kNumber;
            out.push_back({t.begin + split, t.end, TokenKind::kWord});
            continue;
          }
        }
      if (t.kind == TokenKind::kWord && !words.Contains(w)) {
        if (size_t split = internal::NumeralClassifierSplit(w); split > 0) {
          // 第 + 一位 → 第一 位
          if (!out.empty() && out.back().end == t.begin && str(out.back()) == "第") {
            out.back() = {out.back().begin, t.begin + split, TokenKind::kNumber};
            out.push_back({t.begin + split, t.end, TokenKind::kWord});
            continue;
          }
          out.push_back({t.begin, t.begin + split, TokenKind::kNumber});
          out.push_back({t.begin + split, t.end, TokenKind::kWord});
          continue;
        }
      }
      if (!out.empty() && out.back().end == t.begin && t.kind == TokenKind::kWord &&
          out.back().kind == TokenKind::kWord && internal::CountCodePoints(w) == 1 && !words.Contains(w)) {
        std::string_view prev = str(out.back());
        const size_t prev_chars = internal::CountCodePoints(prev);
        // 现代化, 积极性; and a name of one or two characters takes 县 市 区… (古县, 北京市;
        // not 打造 县…, 各 省, 的 村)
        if (prev_chars >= 2 && internal::IsWordSuffix(w)) {
          out.back().end = t.end;
          continue;
        }
        if (prev_chars <= 2 && internal::IsPlaceSuffix(w) && !words.Contains(prev) && !IsFunctionWord(prev) &&
            (!icu_prev_now || PlaceAfterWord(text, run, k, out.size() == first_out + 1, icu))) {
          out.back().end = t.end;
          // A place name of two characters no dictionary knows: 桐 溪县 → 桐溪县.
          if (prev_chars == 1 && out.size() >= first_out + 2 && out[out.size() - 2].end == out.back().begin &&
              IsSingleUnknown(text, out[out.size() - 2], words)) {
            out[out.size() - 2].end = t.end;
            out.pop_back();
          }
          continue;
        }
        if (prev == "第" && internal::MatchHanNumber(text.substr(
                                out.back().begin, t.end - out.back().begin)) == t.end - out.back().begin) {
          out.back().end = t.end;
          out.back().kind = TokenKind::kNumber;
          continue;
        }
      }
      out.push_back(t);
      prev_icu = from_icu[k];
    }
  }
};

Segmenter::Segmenter(const SegmentOptions& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (options.builtin_lexicon) impl_->words.UseBuiltin(&Lexicon::Builtin());
  UErrorCode err = U_ZERO_ERROR;
  impl_->word_proto.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), err));
  if (U_FAILURE(err)) impl_->word_proto.reset();
}

Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

void Segmenter::AddLexicon(const Lexicon& lexicon) {
  if (impl_->words.IsBuiltin(lexicon)) return;  // known already
  for (const std::string& w : lexicon.words_) impl_->words.Add(w);
}

void Segmenter::AddWord(std::string_view word) { impl_->words.Add(word); }

std::vector<Token> Segmenter::Words(std::string_view text) const {
  std::vector<Token> out;
  const std::unique_ptr<icu::BreakIterator> bi =
      impl_->word_proto != nullptr ? impl_->Clone(*impl_->word_proto) : nullptr;
  const std::vector<bool> icu = impl_->WordBoundaries(text, bi.get());
  DictionaryProbe probe(bi.get());  // after the boundaries: the probe resets its text
  const auto known = [&](std::string_view w) { return impl_->words.Contains(w); };
  size_t i = 0;
  while (i < text.size()) {
    size_t next = i;
    const char32_t cp = internal::NextCodePoint(text, next);
    if (internal::IsSpace(cp) || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v') {
      i = next;
      continue;
    }
    if (size_t len = internal::MatchDigitNumber(text.substr(i), impl_->options.keep_units); len > 0) {
      out.push_back({i, i + len, TokenKind::kNumber});
      i += len;
      continue;
    }
    if (internal::IsHanNumberChar(cp) || internal::IsHan(cp)) {
      // The run of Han characters (with ○, the zero of 二○○一年), up to a number written in digits.
      size_t e = next;
      while (e < text.size()) {
        size_t j = e;
        const char32_t c = internal::NextCodePoint(text, j);
        if (!internal::IsHan(c) && !internal::IsHanNumberChar(c)) break;
        e = j;
      }
      impl_->Han(text, i, e, icu, probe, out);
      i = e;
      continue;
    }
    // Anything else: up to ICU's next boundary, or one punctuation mark.
    if (IsPunctOrSymbol(cp)) {
      // A dash or an ellipsis is written doubled (——, ……): one token.
      size_t e = next;
      if (cp == U'—' || cp == U'…' || cp == U'－' || cp == U'-' || cp == U'·')
        for (size_t j = e; j < text.size() && internal::NextCodePoint(text, j) == cp;) e = j;
      out.push_back({i, e, TokenKind::kPunct});
      i = e;
      continue;
    }
    size_t e = next;
    while (e < text.size() && !icu[e]) {
      size_t j = e;
      char32_t c = internal::NextCodePoint(text, j);
      if (internal::IsHan(c) || internal::IsSpace(c) || IsPunctOrSymbol(c) || c == U'\n') break;
      e = j;
    }
    out.push_back({i, e, TokenKind::kWord});
    i = e;
  }
  // A short bracketed name stays with the word before it: 睢阳（古县）.
  std::vector<Token> merged;
  merged.reserve(out.size());
  for (size_t k = 0; k < out.size(); ++k) {
    if (!merged.empty() && merged.back().kind == TokenKind::kWord && out[k].kind == TokenKind::kPunct &&
        out[k].begin == merged.back().end) {
      size_t p = out[k].begin;
      if (IsOpenBracket(internal::NextCodePoint(text, p))) {
        size_t close = k + 1;
        while (close < out.size() && close <= k + 8 && out[close].kind != TokenKind::kPunct) ++close;
        if (close < out.size() && close > k + 1) {
          size_t q = out[close].begin;
          if (IsCloseBracket(internal::NextCodePoint(text, q)) &&
              IsBracketedName(text.substr(out[k].end, out[close].begin - out[k].end), known)) {
            merged.back().end = out[close].end;
            // The name may be one ICU did not know, cut into single characters (睢 阳): join them.
            while (merged.size() >= 2 && merged[merged.size() - 2].kind == TokenKind::kWord &&
                   merged[merged.size() - 2].end == merged.back().begin &&
                   internal::CountCodePoints(
                       text.substr(merged[merged.size() - 2].begin,
                                   merged[merged.size() - 2].end - merged[merged.size() - 2].begin)) == 1 &&
                   internal::CountCodePoints(
                       text.substr(merged.back().begin, out[k].begin - merged.back().begin)) < 4) {
              merged[merged.size() - 2].end = merged.back().end;
              merged.pop_back();
            }
            k = close;
            continue;
          }
        }
      }
    }
    merged.push_back(out[k]);
  }
  JoinGovernmentNames(text, merged);
  JoinLevelBodies(text, merged, impl_->words);
  JoinUnknownRuns(text, merged, impl_->words);
  return merged;
}

std::vector<TextRange> Segmenter::Sentences(std::string_view text) const {
  std::vector<size_t> cuts{0};
  auto ut = OpenUtf8(text);
  const icu::BreakIterator* proto = impl_->SentenceProto();
  if (proto != nullptr && ut != nullptr) {
    auto bi = impl_->Clone(*proto);
    UErrorCode err = U_ZERO_ERROR;
    bi->setText(ut.get(), err);
    if (U_SUCCESS(err))
      for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next())
        if (p > 0 && static_cast<size_t>(p) <= text.size()) cuts.push_back(static_cast<size_t>(p));
  }
  // An opening bracket right after 。！？ starts a sentence; so does every line.
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = internal::NextCodePoint(text, i);
    if (cp == U'\n' && i < text.size()) cuts.push_back(i);
    if (IsSentenceEnd(cp) && i < text.size()) {
      size_t j = i;
      if (IsOpenBracket(internal::NextCodePoint(text, j))) cuts.push_back(i);
    }
  }
  cuts.push_back(text.size());
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  if (cuts.size() < 2) return {};  // an empty text has no sentence
  // No sentence ends with an opening bracket or quote (ICU keeps 。（ together).
  cuts.erase(std::remove_if(cuts.begin() + 1, cuts.end() - 1,
                            [&](size_t p) {
                              size_t q = p;
                              const char32_t before = internal::PreviousCodePoint(text, q);
                              return IsOpenBracket(before) || before == U'“' || before == U'《' ||
                                     before == U'‘';
                            }),
             cuts.end() - 1);
  std::vector<TextRange> out;
  for (size_t k = 0; k + 1 < cuts.size(); ++k) out.push_back({cuts[k], cuts[k + 1]});
  return out;
}

}  // namespace gongwen
