// gongwen/segment.h — words and sentences of Chinese government text.
//
// ICU's word BreakIterator (its CJK dictionary) gives the first cut; gongwen
// then fits it to government text:
//   - a lexicon decides between ICU's cut and the words it knows: the built-in
//     lexicon of government terms and organisation names, any user lexicon
//     file, and words added at run time (the unit names a document names);
//     among the segmentations the known words allow, the one with fewest
//     words wins, ICU's cut breaking ties and covering unknown words;
//   - numbers keep their unit: 2023年, 6月20日, 19%, 7000万公斤, 60万元/亩, 第五;
//   - a short bracketed name stays with the name before it: 睢阳（古县）.
// Sentences: ICU's sentence BreakIterator, with one rule more: an opening
// bracket after 。！？ starts the next sentence ("…。（责任单位：…）").
//
// Positions are byte offsets into the UTF-8 text given. A Segmenter is
// immutable once built and may be used from several threads at once.
#ifndef GONGWEN_SEGMENT_H_
#define GONGWEN_SEGMENT_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "gongwen/export.h"
#include "gongwen/status.h"

namespace gongwen {

enum class TokenKind {
  kWord,    // Chinese or Latin word
  kNumber,  // a number, with its unit when it has one (2023年, 19%, 7000万公斤)
  kPunct,   // punctuation and symbols
};

GONGWEN_EXPORT const char* TokenKindName(TokenKind kind);  // "word", "number", "punct"

struct Token {
  size_t begin = 0;  // [begin, end): bytes of the text segmented
  size_t end = 0;
  TokenKind kind = TokenKind::kWord;
};

struct TextRange {
  size_t begin = 0;
  size_t end = 0;
};

// One line of a text with its words and, when asked for, its sentences (what
// `gongwen segment --format json` writes per line). `begin` is the line's byte
// offset in Source::text(); the ranges of `tokens` and `sentences` are bytes of `text`.
struct SegmentedLine {
  size_t begin = 0;
  std::string_view text;
  std::vector<Token> tokens;
  bool with_sentences = false;
  std::vector<TextRange> sentences;
};

// A set of words. Lines of a lexicon file: one word, optionally followed by
// whitespace and anything else (a frequency, a tag: ignored); blank lines and
// lines starting with '#' are skipped.
class GONGWEN_EXPORT Lexicon {
 public:
  // Adds a word (trimmed; empty and over-long words are ignored).
  void Add(std::string_view word);
  // Adds every word of a UTF-8 lexicon file; an error names the file and line.
  Status AddFile(const std::string& path);
  bool Contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  size_t size() const { return words_.size(); }
  // The SHA-256 (hex) of its words, sorted, each after its length: lexicons of the same words have
  // the same digest, however they were read (a file, a pipe) and in whatever order.
  std::string Digest() const;
  // The longest word, in code points.
  size_t max_chars() const { return max_chars_; }

  // Government terms, organisation and unit names, titles, measure units
  // (lib/segment/builtin_lexicon.txt, compiled in).
  static const Lexicon& Builtin();

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  size_t max_chars_ = 0;
  friend class Segmenter;
};

struct SegmentOptions {
  bool builtin_lexicon = true;  // use Lexicon::Builtin()
  bool keep_units = true;       // 7000万公斤 as one token, not 7000万 + 公斤
};

class GONGWEN_EXPORT Segmenter {
 public:
  explicit Segmenter(const SegmentOptions& options = {});
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Before the first use: more known words (a user lexicon, a document's units).
  void AddLexicon(const Lexicon& lexicon);
  void AddWord(std::string_view word);

  // The words of `text`; spaces are not tokens, everything else is in exactly one.
  std::vector<Token> Words(std::string_view text) const;
  // Sentences of `text`, covering it; a line break always ends one.
  std::vector<TextRange> Sentences(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gongwen

#endif  // GONGWEN_SEGMENT_H_
