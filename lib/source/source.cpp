// Stage 1: decode the bytes of a text file into UTF-8, remembering for every
// byte of the result where it stood in the original file.
#include "gongwen/source.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/provider.h>
#include <strings.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <memory>

#include "core/file.h"
#include "core/utf8.h"
#include "source/detect.h"

namespace gongwen {

namespace {

// A map from every text byte to its original offset (DOCX: the paragraph's offset in the XML for
// all its bytes; a legacy encoding: the character's offset for all its UTF-8 bytes) is a step
// function. It is kept as its steps, [text offset, original offset] pairs in one vector, a step
// where the value changes: 8 bytes a paragraph or a character instead of 4 a byte (32 MB for the
// text of a 10 MB document.xml). A reader hands over the map byte by byte (ExtractedText); the
// decoder writes the steps as it goes (SourceBuilder::Step).
std::vector<uint32_t> OffsetSteps(const std::vector<uint32_t>& dense) {
  std::vector<uint32_t> steps;
  for (size_t pos = 0; pos < dense.size(); ++pos)
    if (pos == 0 || dense[pos] != dense[pos - 1]) {
      steps.push_back(static_cast<uint32_t>(pos));
      steps.push_back(dense[pos]);
    }
  steps.shrink_to_fit();
  return steps;
}

// Steps as ExtractedText::original_steps describes them: pairs, from text offset 0, rising.
bool ValidSteps(const std::vector<uint32_t>& steps) {
  if (steps.empty() || steps.size() % 2 != 0 || steps[0] != 0) return false;
  for (size_t k = 2; k < steps.size(); k += 2)
    if (steps[k] <= steps[k - 2]) return false;
  return true;
}

constexpr size_t kMaxDecodeDiagnostics = 100;

struct Bom {
  const char* encoding = nullptr;
  uint32_t length = 0;
};

Bom DetectBom(std::string_view b) {
  auto at = [&](size_t i) { return static_cast<unsigned char>(b[i]); };
  if (b.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return {"UTF-8", 3};
  if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) return {"UTF-16LE", 2};
  if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) return {"UTF-16BE", 2};
  return {};
}

// Scans UTF-8: the offset of the first invalid byte (npos if none), and how many
// valid multi-byte and invalid sequences there are, to judge "mostly UTF-8".
struct Utf8Scan {
  size_t first_invalid = std::string_view::npos;
  size_t valid_multibyte = 0;
  size_t invalid = 0;
};

// Whether `s` is well-formed UTF-8 as U8_NEXT reads it (the Unicode Standard's table 3-7: no overlong
// form, no surrogate, nothing past U+10FFFF), and then how many multi-byte sequences it holds; the
// common case, checked without ICU's general decoder.
bool WellFormedUtf8(std::string_view s, size_t& multibyte) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const auto tail = [&](size_t at) { return at < n && (p[at] & 0xC0) == 0x80; };
  size_t count = 0;
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    // Three bytes led by E1–EC or EE–EF take any two continuation bytes: every common Chinese character.
    if (i + 2 < n && (c & 0xF0) == 0xE0 && c != 0xE0 && c != 0xED &&
        (((p[i + 1] & 0xC0) << 2) | (p[i + 2] & 0xC0)) == 0x280) {
      i += 3;
      ++count;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      if (!tail(i + 1)) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (i + 1 >= n) return false;
      const unsigned char c1 = p[i + 1];
      const unsigned char low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
      if (c1 < low || c1 > high || !tail(i + 2)) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (i + 1 >= n) return false;
      const unsigned char c1 = p[i + 1];
      const unsigned char low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
      if (c1 < low || c1 > high || !tail(i + 2) || !tail(i + 3)) return false;
      i += 4;
    } else {
      return false;
    }
    ++count;
  }
  multibyte = count;
  return true;
}

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan scan;
  if (WellFormedUtf8(s, scan.valid_multibyte)) return scan;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      if (scan.first_invalid == std::string_view::npos) scan.first_invalid = static_cast<size_t>(start);
      ++scan.invalid;
    } else {
      ++scan.valid_multibyte;
    }
  }
  return scan;
}

// Common characters of Chinese text, simplified (read in GB18030) and traditional (read in Big5): the
// everyday words and those of official documents. Text in either encoding has many of them; the same
// bytes read in the other encoding give other characters, hardly ever these.
constexpr std::string_view kCommonSimplified =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成"
    "会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着"
    "等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
    "性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新内"
    "数正心明看原又利比或但质第向道此变条结解问意建月公无系很情者最立代已"
    "通并提直题党程展五果员位入常文总次品式活设及管特件长求基资级少统较将"
    "组计别期根论农指区强放决必战先则任取据处府县单责推施镇乡村议，。、；：“”（）";
constexpr std::string_view kCommonTraditional =
    "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成"
    "會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著"
    "等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把"
    "性好應開合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新內"
    "數正心明看原又利比或但質第向道此變條結解問意建月公無系很情者最立代已"
    "通並提直題黨程展五果員位入常文總次品式活設及管特件長求基資級少統較將"
    "組計別期根論農指區強放決必戰先則任取據處府縣單責推施鎮鄉村議，。、；：「」（）";

// The two-byte codes of a list of characters in a legacy encoding, as a set of 65 536 bits.
class CodeSet {
 public:
  CodeSet(std::string_view utf8, const char* encoding) {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(encoding, &err), &ucnv_close);
    for (size_t i = 0; i < utf8.size() && U_SUCCESS(err);) {
      UChar units[2];
      int32_t length = 0;
      const auto cp =
          static_cast<UChar32>(internal::NextCodePoint(utf8, i));  // once: the macro reads it twice
      U16_APPEND_UNSAFE(units, length, cp);
      char code[8];
      UErrorCode e = U_ZERO_ERROR;
      const int32_t n = ucnv_fromUChars(cnv.get(), code, sizeof code, units, length, &e);
      if (U_SUCCESS(e) && n == 2) Set(static_cast<uint8_t>(code[0]) << 8 | static_cast<uint8_t>(code[1]));
    }
  }
  bool Has(uint32_t code) const { return ((bits_[code >> 6] >> (code & 63)) & 1) != 0; }

 private:
  void Set(uint32_t code) { bits_[code >> 6] |= uint64_t{1} << (code & 63); }
  std::array<uint64_t, 1024> bits_{};
};

// How bytes read in one double-byte encoding: sequences its grammar refuses, and common characters.
struct LegacyReading {
  size_t bad = 0;
  size_t common = 0;
};

// GB18030: a lead byte 81–FE, then a trail 40–7E or 80–FE, or three more bytes 30–39, 81–FE, 30–39.
LegacyReading ReadAsGb18030(std::string_view b, const CodeSet& common) {
  LegacyReading r;
  const auto* p = reinterpret_cast<const uint8_t*>(b.data());
  for (size_t i = 0, n = b.size(); i < n;) {
    const uint8_t c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c == 0x80 || c == 0xFF || i + 1 >= n) {
      ++r.bad, ++i;
    } else if (const uint8_t t = p[i + 1]; t >= 0x30 && t <= 0x39) {
      const bool four =
          i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30 && p[i + 3] <= 0x39;
      r.bad += four ? 0 : 1;
      i += four ? 4 : 1;
    } else if (t >= 0x40 && t != 0x7F && t != 0xFF) {
      r.common += common.Has(uint32_t{c} << 8 | t) ? 1 : 0;
      i += 2;
    } else {
      ++r.bad, ++i;
    }
  }
  return r;
}

// Big5 (with the HKSCS lead bytes ICU's Big5 reads): a lead byte 81–FE, then a trail 40–7E or A1–FE.
LegacyReading ReadAsBig5(std::string_view b, const CodeSet& common) {
  LegacyReading r;
  const auto* p = reinterpret_cast<const uint8_t*>(b.data());
  for (size_t i = 0, n = b.size(); i < n;) {
    const uint8_t c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (const uint8_t t = i + 1 < n ? p[i + 1] : 0;
               c != 0x80 && c != 0xFF && ((t >= 0x40 && t <= 0x7E) || (t >= 0xA1 && t <= 0xFE))) {
      r.common += common.Has(uint32_t{c} << 8 | t) ? 1 : 0;
      i += 2;
    } else {
      ++r.bad, ++i;
    }
  }
  return r;
}

}  // namespace

// GB18030 or Big5, where the bytes say so plainly: one reading breaks the other's grammar, or
// finds several times as many common characters. Nothing (the ICU detector's question) otherwise.
// ICU's detector reads every encoding it knows and costs about 150 ns a byte, four times what reading
// the notice costs after it; this costs about 4 (BM_Decode_GB18030 against BM_Decode_GB18030_Named).
const char* internal::ClearChineseEncoding(std::string_view bytes) {
  static const CodeSet simplified(kCommonSimplified, "GB18030");
  static const CodeSet traditional(kCommonTraditional, "Big5");
  const LegacyReading gb = ReadAsGb18030(bytes, simplified);
  const LegacyReading big5 = ReadAsBig5(bytes, traditional);
  if (gb.bad == 0 && big5.bad > 0 && gb.common >= 3) return "GB18030";
  if (gb.bad > 0 || big5.bad > 0) return nullptr;  // damaged, or neither: ICU weighs it
  if (gb.common >= 3 && gb.common >= 4 * big5.common) return "GB18030";
  if (big5.common >= 3 && big5.common >= 4 * gb.common) return "Big5";
  return nullptr;
}

namespace {

// GB18030 or Big5 as the bytes plainly say, else ICU's detector, restricted to the encodings
// Chinese archives hold.
std::string DetectChineseEncoding(std::string_view bytes) {
  if (const char* clear = internal::ClearChineseEncoding(bytes)) return clear;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&err), &ucsdet_close);
  if (U_FAILURE(err)) return "GB18030";
  const size_t sample =
      std::min<size_t>(bytes.size(), 64 << 10);  // plenty for a verdict; the detector is slow
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(sample), &err);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &err);
  if (U_FAILURE(err)) return "GB18030";
  for (int32_t i = 0; i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &err);
    if (U_FAILURE(err) || name == nullptr) break;
    std::string_view n(name);
    if (n == "GB18030" || n == "Big5" || n == "UTF-8") return std::string(n);
  }
  return "GB18030";
}

// The name reported for an encoding: one spelling for the encodings archives
// hold, whatever alias the user gave; otherwise the IANA name ICU knows.
std::string CanonicalEncodingName(const char* icu_name) {
  UErrorCode err = U_ZERO_ERROR;
  const char* iana = ucnv_getStandardName(icu_name, "IANA", &err);
  std::string name = U_SUCCESS(err) && iana != nullptr ? iana : icu_name;
  std::string lower;
  for (char c : name) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* known : {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16", "GB18030", "GBK", "GB2312", "Big5"}) {
    std::string k;
    for (const char* p = known; *p != 0; ++p)
      k += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    if (lower == k) return known;
  }
  return name;
}

// Where each line of `text` starts: after "\n", and after a "\r" that is not
// followed by "\n" (old Mac line ends).
std::vector<size_t> LineStarts(std::string_view t) {
  std::vector<size_t> starts{0};
  if (t.find('\r') == std::string_view::npos) {  // line feeds only: memchr from one to the next
    for (size_t i = t.find('\n'); i != std::string_view::npos; i = t.find('\n', i + 1))
      starts.push_back(i + 1);
    return starts;
  }
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i] == '\n' || (t[i] == '\r' && (i + 1 >= t.size() || t[i + 1] != '\n'))) starts.push_back(i + 1);
  return starts;
}

constexpr size_t kColumnStride = 4096;

// Code points of text[0, pos), from the checkpoints: at most kColumnStride bytes counted.
uint64_t CodePointsBefore(const std::string& text, const std::vector<uint64_t>& checkpoints, size_t pos) {
  const size_t k = std::min(pos / kColumnStride, checkpoints.empty() ? 0 : checkpoints.size() - 1);
  const uint64_t base = checkpoints.empty() ? 0 : checkpoints[k];
  const size_t from = checkpoints.empty() ? 0 : k * kColumnStride;
  return base + internal::CountCodePoints(std::string_view(text).substr(from, pos - from));
}

// Code points before every kColumnStride-th byte of `text` (see Source::SpanOf).
std::vector<uint64_t> CodePointCheckpoints(const std::string& text) {
  std::vector<uint64_t> out;
  out.reserve(text.size() / kColumnStride + 1);
  uint64_t n = 0;
  for (size_t pos = 0; pos <= text.size(); pos += kColumnStride) {
    out.push_back(n);
    n += internal::CountCodePoints(std::string_view(text).substr(pos, kColumnStride));
  }
  return out;
}

}  // namespace

bool IsKnownEncoding(const std::string& name) { return !EncodingName(name).empty(); }

// The one place a name is asked of ICU: what ReadOptions::encoding takes, and what IsKnownEncoding
// answers before any file is read.
std::string EncodingName(const std::string& name) {
  if (name.empty()) return "";
  UErrorCode err = U_ZERO_ERROR;
  UConverter* probe = ucnv_open(name.c_str(), &err);
  if (probe == nullptr) return "";
  std::string named = U_SUCCESS(err) ? CanonicalEncodingName(ucnv_getName(probe, &err)) : "";
  ucnv_close(probe);
  return named;
}

namespace {

// The SHA-256 every hash uses, fetched once, on the first: the process's own, or when its OpenSSL
// configuration leaves it none (default_properties = fips=yes with no FIPS provider installed: the
// digest failed, and an empty hash made every changed input look current to --resume), the default
// provider's in a library context of gongwen's own, which the program's settings do not reach — the
// hash names content and guards nothing. What the failed fetch put on the thread's error queue is
// taken off again (OpenSSL's queue holds 16 errors: a program with more queued loses its oldest, as
// with any OpenSSL call). Kept for the process's life; nullptr when neither can be had.
const EVP_MD* Sha256Digest() {
  struct Chosen {
    OSSL_LIB_CTX* ctx = nullptr;
    EVP_MD* md = nullptr;
    Chosen() {
      ERR_set_mark();
      md = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
      ERR_pop_to_mark();
      if (md != nullptr) return;
      ctx = OSSL_LIB_CTX_new();
      if (ctx != nullptr && OSSL_PROVIDER_load(ctx, "default") != nullptr)
        md = EVP_MD_fetch(ctx, "SHA2-256", nullptr);
    }
  };
  static const Chosen chosen;
  return chosen.md;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int len = 0;
  const EVP_MD* md = Sha256Digest();
  if (md == nullptr || EVP_Digest(bytes.data(), bytes.size(), digest.data(), &len, md, nullptr) != 1) len = 0;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

// Builds a Source; the only code that writes its private members.
class SourceBuilder {
 public:
  SourceBuilder(std::string_view bytes, std::string path) : bytes_(bytes) {
    src_.path_ = std::move(path);
    src_.original_size_ = bytes.size();
  }

  Result<Source> Run(const ReadOptions& options) {
    if (bytes_.size() > options.max_bytes)
      return internal::InputTooLarge(bytes_.size(), options.max_bytes, src_.path_);
    src_.sha256_ = Sha256Hex(bytes_);
    Bom bom = DetectBom(bytes_);
    std::string encoding;
    if (!options.encoding.empty()) {
      encoding = EncodingName(options.encoding);
      if (encoding.empty())
        return Status(StatusCode::kInvalidArgument, "unknown encoding '" + options.encoding + "'")
            .WithFile(src_.path_);
      // A byte-order mark is not text, whichever encoding it names: with the
      // encoding given (because the BOM lied), it is skipped all the same.
    } else if (bom.encoding != nullptr) {
      encoding = bom.encoding;
    }
    src_.bom_length_ = bom.length;
    std::string_view body = bytes_.substr(bom.length);
    if (options.encoding.empty() && encoding.starts_with("UTF-16")) {
      if (Status lie = CheckUtf16Bom(body, encoding); !lie.ok()) {
        if (!options.lenient) return lie;
        // --lenient: the mark is skipped and the bytes after it are read as they are (detected).
        src_.diagnostics_.push_back(
            {"GW-SOURCE-BOM-MISMATCH", Severity::kWarning,
             "字节顺序标记称 " + encoding + "，但其后的字节不是 " + encoding + "，已忽略该标记",
             Span{1, 1, 0, bom.length}});
        encoding.clear();
      }
    }

    Utf8Scan scan;
    if (encoding.empty()) {
      scan = ScanUtf8(body);
      // Mostly UTF-8 with a few bad bytes is damaged UTF-8, not another encoding.
      bool utf8 =
          scan.invalid == 0 || (scan.valid_multibyte >= 4 && scan.invalid * 10 < scan.valid_multibyte);
      encoding = utf8 ? "UTF-8" : DetectChineseEncoding(body);
    } else if (encoding == "UTF-8") {
      scan = ScanUtf8(body);
    }
    src_.encoding_ = encoding;

    if (encoding == "UTF-8" && scan.invalid == 0) {
      src_.text_.assign(body);  // identity map: offset = text offset + BOM
    } else if (encoding == "UTF-8" && !options.lenient) {
      return InvalidAt(scan.first_invalid, body.substr(0, scan.first_invalid), "UTF-8",
                       body.substr(scan.first_invalid, 1));
    } else {
      Status st = Convert(body, encoding, options.lenient);
      if (!st.ok()) return st;
    }
    src_.line_starts_ = LineStarts(src_.text_);
    src_.code_points_before_ = CodePointCheckpoints(src_.text_);
    if (substitutions_ > 0) RecordSubstitutions(encoding);
    // Text has no NUL: a file with one is binary (a lock file, an image), not a notice.
    if (size_t nul = src_.text_.find('\0'); nul != std::string::npos && !options.lenient) {
      Span at = src_.SpanOf(nul, nul + 1);
      return Status(StatusCode::kUnsupportedFormat,
                    "binary data (a NUL byte), not text; --lenient reads it anyway")
          .WithFile(src_.path_)
          .WithPosition(at.line, at.column, at.offset);
    }
    NoteSuspectInput();
    return std::move(src_);
  }

 private:
  // Read, and said: a file with no text, and a file named as a DOCX whose bytes are not a package (read
  // here as text, which a ZIP could not be), so that a damaged file in an archive does not pass as a
  // document like any other.
  void NoteSuspectInput() {
    bool blank = true;
    for (size_t i = 0; i < src_.text_.size() && blank;) {
      const char32_t cp = internal::NextCodePoint(src_.text_, i);
      blank = internal::IsSpace(cp) || cp == U'\n' || cp == U'\r' || cp == U'\f' || cp == U'\v';
    }
    if (blank) {
      src_.diagnostics_.push_back(
          {"GW-SOURCE-EMPTY", Severity::kWarning,
           bytes_.empty() ? "文件为空，没有可读的文字" : "文件中只有空白，没有可读的文字", Span{}});
      return;
    }
    // The extension of the file's name: none for a name with no dot, or only a leading one (.docx).
    const size_t slash = src_.path_.rfind('/');
    const size_t name = slash == std::string::npos ? 0 : slash + 1;
    const size_t dot = src_.path_.rfind('.');
    if (dot == std::string::npos || dot <= name) return;
    const char* extension = src_.path_.c_str() + dot + 1;
    for (const char* docx : {"docx", "docm", "dotx", "dotm"})
      if (strcasecmp(extension, docx) == 0) {
        src_.diagnostics_.push_back(
            {"GW-SOURCE-NOT-DOCX", Severity::kWarning,
             "文件名是 ." + std::string(extension) +
                 "，内容却不是 DOCX 的 ZIP 包（已损坏，或是改了名的其他格式），已按文本读取",
             Span{}});
        return;
      }
  }

  // A UTF-16 BOM in front of bytes that are not UTF-16 (a file re-saved as UTF-8
  // or GB18030 that kept its old BOM) would decode into nonsense without any
  // error, since almost any even byte count is valid UTF-16. UTF-16 text of more
  // than a line has a NUL byte (the high byte of every ASCII character, of every
  // line end); bytes with none that read as UTF-8, or run long, are not UTF-16.
  Status CheckUtf16Bom(std::string_view body, const std::string& encoding) {
    if (body.find('\0') != std::string_view::npos) return Status::Ok();
    const Utf8Scan utf8 = ScanUtf8(body);
    const bool reads_as_utf8 = utf8.invalid == 0 && utf8.valid_multibyte > 0;
    if (!reads_as_utf8 && body.size() < 256) return Status::Ok();
    return Status(StatusCode::kInvalidEncoding,
                  "the byte-order mark says " + encoding + ", but the bytes after it are not " + encoding +
                      (reads_as_utf8 ? " (they read as UTF-8)"
                                     : " (no line end or ASCII character in " + std::to_string(body.size()) +
                                           " bytes)") +
                      "; give --encoding to say which encoding it is, or --lenient to ignore the mark")
        .WithFile(src_.path_)
        .WithPosition(1, 1, 0);
  }

  // An error at `offset` (in body); `decoded_before` is the text decoded before it.
  Status InvalidAt(size_t offset, std::string_view decoded_before, const std::string& encoding,
                   std::string_view bad) {
    size_t line_start = decoded_before.rfind('\n');
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    auto line = static_cast<uint32_t>(std::count(decoded_before.begin(), decoded_before.end(), '\n') + 1);
    auto column = static_cast<uint32_t>(internal::CountCodePoints(decoded_before.substr(line_start)) + 1);
    char hex[8];
    std::string bytes;
    for (unsigned char c : bad) {
      std::snprintf(hex, sizeof hex, "%s%02X", bytes.empty() ? "" : " ", c);
      bytes += hex;
    }
    return Status(StatusCode::kInvalidEncoding,
                  "bytes not valid in " + encoding + (bytes.empty() ? "" : " (" + bytes + ")"))
        .WithFile(src_.path_)
        .WithPosition(line, column, offset + src_.bom_length_);
  }

  void Append(char32_t cp, uint32_t original_offset) {
    const size_t before = src_.text_.size();
    internal::AppendUtf8(src_.text_, cp);
    Step(before, original_offset);
  }

  // From text offset `text_pos` on, text maps to `original` (a new step of original_of_ where it changes).
  void Step(size_t text_pos, uint32_t original) {
    std::vector<uint32_t>& steps = src_.original_of_;
    if (!steps.empty() && steps.back() == original) return;
    steps.push_back(static_cast<uint32_t>(text_pos));
    steps.push_back(original);
  }

  // Decodes `body` with an ICU converter, mapping every output byte back.
  Status Convert(std::string_view body, const std::string& encoding, bool lenient) {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(encoding.c_str(), &err), &ucnv_close);
    if (U_FAILURE(err))
      return Status(StatusCode::kInvalidArgument, "no converter for encoding '" + encoding + "'")
          .WithFile(src_.path_);
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
    src_.text_.reserve(body.size() * 3 / 2);

    const uint32_t base = src_.bom_length_;
    const char* const begin = body.data();
    const char* src = begin;
    const char* const limit = begin + body.size();
    constexpr int32_t kChunk = 16384;
    std::vector<UChar> units(kChunk);
    std::vector<int32_t> offsets(kChunk);
    uint32_t last_offset = base;
    UChar pending_lead = 0;
    uint32_t pending_offset = 0;
    size_t substitutions = 0;
    while (true) {
      const char* chunk_start = src;
      UChar* target = units.data();
      UErrorCode e = U_ZERO_ERROR;
      ucnv_toUnicode(cnv.get(), &target, units.data() + kChunk, &src, limit, offsets.data(), true, &e);
      const auto produced = static_cast<size_t>(target - units.data());
      for (size_t k = 0; k < produced; ++k) {
        uint32_t off = offsets[k] >= 0 ? base + static_cast<uint32_t>(chunk_start - begin) +
                                             static_cast<uint32_t>(offsets[k])
                                       : last_offset;
        last_offset = off;
        UChar u = units[k];
        if (U16_IS_LEAD(u)) {
          pending_lead = u;
          pending_offset = off;
          continue;
        }
        if (U16_IS_TRAIL(u) && pending_lead != 0) {
          Append(static_cast<char32_t>(U16_GET_SUPPLEMENTARY(pending_lead, u)), pending_offset);
          pending_lead = 0;
          continue;
        }
        pending_lead = 0;
        Append(u, off);
      }
      if (e == U_BUFFER_OVERFLOW_ERROR) continue;
      if (U_SUCCESS(e)) break;
      if (e != U_ILLEGAL_CHAR_FOUND && e != U_INVALID_CHAR_FOUND && e != U_TRUNCATED_CHAR_FOUND)
        return Status(StatusCode::kInternal, std::string("ICU conversion failed: ") + u_errorName(e))
            .WithFile(src_.path_);
      char bad[32];
      int8_t bad_len = sizeof bad;
      UErrorCode e2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(cnv.get(), bad, &bad_len, &e2);
      if (U_FAILURE(e2)) bad_len = 0;
      const size_t bad_offset = static_cast<size_t>(src - begin) - static_cast<size_t>(bad_len);
      if (!lenient)
        return InvalidAt(bad_offset, src_.text_, encoding,
                         std::string_view(bad, static_cast<size_t>(bad_len)));
      const size_t text_pos = src_.text_.size();
      Append(U'\uFFFD', base + static_cast<uint32_t>(bad_offset));
      last_offset = base + static_cast<uint32_t>(src - begin);
      ++substitutions;
      if (substitutions <= kMaxDecodeDiagnostics) pending_substitutions_.push_back(text_pos);
      if (src >= limit) break;
    }
    Step(src_.text_.size(), base + static_cast<uint32_t>(body.size()));
    substitutions_ = substitutions;  // reported once the lines are indexed
    return Status::Ok();
  }

  void RecordSubstitutions(const std::string& encoding) {
    const size_t total = substitutions_;
    for (size_t pos : pending_substitutions_)
      src_.diagnostics_.push_back({"GW-SOURCE-INVALID-BYTES", Severity::kWarning,
                                   "无法按 " + encoding + " 解码的字节已替换为 U+FFFD",
                                   src_.SpanOf(pos, pos + 3)});
    if (total > pending_substitutions_.size())
      src_.diagnostics_.push_back(
          {"GW-SOURCE-INVALID-BYTES", Severity::kWarning,
           "另有 " + std::to_string(total - pending_substitutions_.size()) +
               " 处无法解码的字节已替换为 U+FFFD",
           src_.SpanOf(pending_substitutions_.back(), pending_substitutions_.back() + 3)});
  }

  std::string_view bytes_;
  Source src_;
  std::vector<size_t> pending_substitutions_;
  size_t substitutions_ = 0;
};

Source MakeSource(std::string_view original_bytes, ExtractedText extracted) {
  Source s;
  s.path_ = std::move(extracted.path);
  s.format_ = std::move(extracted.format);
  s.encoding_ = extracted.encoding.empty() ? "UTF-8" : std::move(extracted.encoding);
  s.sha256_ = Sha256Hex(original_bytes);
  s.original_size_ = original_bytes.size();
  s.text_ = std::move(extracted.text);
  if (ValidSteps(extracted.original_steps))
    s.original_of_ = std::move(extracted.original_steps);
  else
    s.original_of_ = OffsetSteps(extracted.original_of);
  extracted.original_of = {};
  s.properties_ = std::move(extracted.properties);
  s.diagnostics_ = std::move(extracted.diagnostics);
  s.line_starts_ = LineStarts(s.text_);
  s.code_points_before_ = CodePointCheckpoints(s.text_);
  return s;
}

uint64_t Source::OriginalOffset(size_t pos) const {
  if (original_of_.empty()) return bom_length_ + pos;
  // The last step at or before `pos` (steps are [text offset, original offset] pairs).
  size_t lo = 0, hi = original_of_.size() / 2;  // the answer is in [lo, hi)
  while (hi - lo > 1) {
    const size_t mid = lo + (hi - lo) / 2;
    if (original_of_[2 * mid] <= pos)
      lo = mid;
    else
      hi = mid;
  }
  return original_of_[2 * lo + 1];
}

Span Source::SpanOf(size_t begin, size_t end) const {
  Span span;
  begin = std::min(begin, text_.size());
  end = std::clamp(end, begin, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), begin);
  size_t line_index = it == line_starts_.begin() ? 0 : static_cast<size_t>(it - line_starts_.begin()) - 1;
  size_t line_start = line_starts_.empty() ? 0 : line_starts_[line_index];
  span.line = static_cast<uint32_t>(line_index + 1);
  // Columns count characters: within the line when it is short, else from checkpoints (20 000 spans on
  // one line stay linear).
  span.column = static_cast<uint32_t>(
      (begin - line_start <= kColumnStride
           ? internal::CountCodePoints(std::string_view(text_).substr(line_start, begin - line_start))
           : CodePointsBefore(text_, code_points_before_, begin) -
                 CodePointsBefore(text_, code_points_before_, line_start)) +
      1);
  span.offset = OriginalOffset(begin);
  span.length = OriginalOffset(end) - span.offset;
  return span;
}

Result<Source> DecodeSource(std::string_view bytes, std::string path, const ReadOptions& options) {
  return SourceBuilder(bytes, std::move(path)).Run(options);
}

Result<Source> ReadSourceFile(const std::string& path, const ReadOptions& options) {
  Result<std::string> bytes = internal::ReadFileBytes(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  return DecodeSource(*bytes, path, options);
}

}  // namespace gongwen
