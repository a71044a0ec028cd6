// What a block's repairs can act on, found in one scan of its text.
//
// Most blocks of a notice need no repair at all, and each of three passes used to scan the whole
// block for its own bytes first (about 13 instructions a byte in all). One scan, 16 bytes at a time
// where SSE2 is there (about 6 a byte), now answers for the three, and again only after a pass has
// edited the text. Each answer is exact, not a guess by lead byte: E3 and EF open most Chinese
// punctuation, so nearly every block has them.
#ifndef GONGWEN_LIB_NORMALIZE_REPAIR_SCAN_H_
#define GONGWEN_LIB_NORMALIZE_REPAIR_SCAN_H_

#include <cstddef>
#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace gongwen::internal {

// The bits ScanRepairNeeds returns.
// '(' ')' ':' ',' ';': all FullwidthPunctuation converts.
inline constexpr unsigned kNeedAsciiPunct = 1u;
// A code point IsSpace takes, by its exact bytes: ' ', '\t', NBSP (C2 A0), U+2000–200B
// (E2 80 80–8B), U+202F (E2 80 AF), U+205F (E2 81 9F), U+3000 (E3 80 80), U+FEFF (EF BB BF): all
// RemoveCjkSpaces removes and TrimSpaces trims (ICU's decoder takes no overlong form).
inline constexpr unsigned kNeedSpace = 2u;
// U+FF10–FF19, FF21–FF3A, FF41–FF5A (EF BC 90–99, EF BC A1–BA, EF BD 81–9A): all
// AsciiAlphanumerics folds.
inline constexpr unsigned kNeedFullwidthAlnum = 4u;
// That set, as the ICU UnicodeSet AsciiAlphanumerics folds through NFKC (and the scan's test checks).
inline constexpr char16_t kFullwidthAlnumSet[] = u"[０-９Ａ-Ｚａ-ｚ]";
// U+2E80–2EFF, U+2F00–2FD5, U+F900–FAFF (E2 BA 80–E2 BF 95, EF A4 80–EF AB BF): the radicals and
// compatibility ideographs UnifiedIdeographs looks at.
inline constexpr unsigned kNeedIdeograph = 8u;
inline constexpr unsigned kNeedAll = kNeedAsciiPunct | kNeedSpace | kNeedFullwidthAlnum | kNeedIdeograph;

namespace repair_scan {

constexpr bool In(unsigned char b, unsigned char lo, unsigned char hi) { return b >= lo && b <= hi; }

// The needs that start at p[i]: the byte-by-byte definition, and the scan's tail.
inline unsigned NeedsAt(const unsigned char* p, size_t i, size_t n) {
  const unsigned char b = p[i];
  switch (b) {
    case '(':
    case ')':
    case ':':
    case ',':
    case ';':
      return kNeedAsciiPunct;
    case ' ':
    case '\t':
      return kNeedSpace;
    case 0xC2:
      return i + 1 < n && p[i + 1] == 0xA0 ? kNeedSpace : 0;
    default:
      break;
  }
  if (i + 2 >= n) return 0;
  const unsigned char b1 = p[i + 1], b2 = p[i + 2];
  switch (b) {
    case 0xE2:
      if ((In(b1, 0xBA, 0xBE) && In(b2, 0x80, 0xBF)) || (b1 == 0xBF && In(b2, 0x80, 0x95)))
        return kNeedIdeograph;
      return (b1 == 0x80 && (In(b2, 0x80, 0x8B) || b2 == 0xAF)) || (b1 == 0x81 && b2 == 0x9F) ? kNeedSpace
                                                                                              : 0;
    case 0xE3:
      return b1 == 0x80 && b2 == 0x80 ? kNeedSpace : 0;
    case 0xEF:
      if (b1 == 0xBB && b2 == 0xBF) return kNeedSpace;
      if (In(b1, 0xA4, 0xAB) && In(b2, 0x80, 0xBF)) return kNeedIdeograph;
      if ((b1 == 0xBC && (In(b2, 0x90, 0x99) || In(b2, 0xA1, 0xBA))) || (b1 == 0xBD && In(b2, 0x81, 0x9A)))
        return kNeedFullwidthAlnum;
      return 0;
    default:
      return 0;
  }
}

#ifdef __SSE2__
// Lanes of v within [lo, hi], unsigned.
inline __m128i InRange(__m128i v, unsigned char lo, unsigned char hi) {
  const __m128i clamped = _mm_max_epu8(_mm_min_epu8(v, _mm_set1_epi8(static_cast<char>(hi))),
                                       _mm_set1_epi8(static_cast<char>(lo)));
  return _mm_cmpeq_epi8(clamped, v);
}
inline __m128i Is(__m128i v, unsigned char c) {
  return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c)));
}
#endif

}  // namespace repair_scan

#ifdef __SSE2__
namespace repair_scan {
// The needs that start at q[0..15], each read with its next two bytes (q[0..17] readable): the
// tests of NeedsAt, 16 at a time.
inline unsigned NeedsAt16(const unsigned char* q) {
  const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
  const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 1));
  const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 2));
  const __m128i punct = _mm_or_si128(_mm_or_si128(Is(v0, '('), Is(v0, ')')),
                                     _mm_or_si128(_mm_or_si128(Is(v0, ':'), Is(v0, ',')), Is(v0, ';')));
  const __m128i v1_80 = Is(v1, 0x80);
  const __m128i e2 = _mm_and_si128(
      Is(v0, 0xE2), _mm_or_si128(_mm_and_si128(v1_80, _mm_or_si128(InRange(v2, 0x80, 0x8B), Is(v2, 0xAF))),
                                 _mm_and_si128(Is(v1, 0x81), Is(v2, 0x9F))));
  const __m128i e3 = _mm_and_si128(Is(v0, 0xE3), _mm_and_si128(v1_80, Is(v2, 0x80)));
  const __m128i ef = Is(v0, 0xEF);
  const __m128i space = _mm_or_si128(
      _mm_or_si128(_mm_or_si128(Is(v0, ' '), Is(v0, '\t')), _mm_and_si128(Is(v0, 0xC2), Is(v1, 0xA0))),
      _mm_or_si128(_mm_or_si128(e2, e3), _mm_and_si128(ef, _mm_and_si128(Is(v1, 0xBB), Is(v2, 0xBF)))));
  const __m128i alnum = _mm_and_si128(
      ef, _mm_or_si128(
              _mm_and_si128(Is(v1, 0xBC), _mm_or_si128(InRange(v2, 0x90, 0x99), InRange(v2, 0xA1, 0xBA))),
              _mm_and_si128(Is(v1, 0xBD), InRange(v2, 0x81, 0x9A))));
  const __m128i continued = InRange(v2, 0x80, 0xBF);
  const __m128i ideograph = _mm_or_si128(
      _mm_and_si128(Is(v0, 0xE2), _mm_or_si128(_mm_and_si128(InRange(v1, 0xBA, 0xBE), continued),
                                               _mm_and_si128(Is(v1, 0xBF), InRange(v2, 0x80, 0x95)))),
      _mm_and_si128(ef, _mm_and_si128(InRange(v1, 0xA4, 0xAB), continued)));
  if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(punct, ideograph), _mm_or_si128(space, alnum))) == 0)
    return 0;  // most steps
  return (_mm_movemask_epi8(punct) != 0 ? kNeedAsciiPunct : 0u) |
         (_mm_movemask_epi8(space) != 0 ? kNeedSpace : 0u) |
         (_mm_movemask_epi8(alnum) != 0 ? kNeedFullwidthAlnum : 0u) |
         (_mm_movemask_epi8(ideograph) != 0 ? kNeedIdeograph : 0u);
}
}  // namespace repair_scan
#endif

// The RepairNeed bits of what `text` holds; stops once it holds all four.
inline unsigned ScanRepairNeeds(std::string_view text) {
  using namespace repair_scan;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  unsigned needs = 0;
#ifdef __SSE2__
  size_t i = 0;
  for (; i + 18 <= n && needs != kNeedAll; i += 16) needs |= NeedsAt16(p + i);
  // The last bytes (under 18), copied and followed by zeros: a zero starts no need and completes none,
  // so each position still sees nothing past the end.
  if (i < n && needs != kNeedAll) {
    unsigned char tail[16 + 18] = {};
    std::memcpy(tail, p + i, n - i);
    needs |= NeedsAt16(tail);
    if (n - i > 16) needs |= NeedsAt16(tail + 16);
  }
#else
  for (size_t i = 0; i < n && needs != kNeedAll; ++i) needs |= NeedsAt(p, i, n);
#endif
  return needs;
}

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_NORMALIZE_REPAIR_SCAN_H_
