// Word's 单个文件网页 and a browser's Web 档案 (.mht, .mhtml): a MIME multipart/related message whose
// text/html part is the page, quoted-printable (or base64) in its own charset, beside its images and
// styles. The reader takes that part out, decodes it, and hands the page to the text reader as a saved
// page is read; every position stays the file's own.
#ifndef GONGWEN_SOURCE_MHTML_H_
#define GONGWEN_SOURCE_MHTML_H_

#include <string>
#include <string_view>

#include "gongwen/block.h"
#include "gongwen/source.h"
#include "gongwen/status.h"

namespace gongwen::internal {

// Whether `bytes` open as a MIME message of related parts: a header block (MIME-Version, and a
// Content-Type of multipart/related) before the first empty line.
bool LooksLikeMhtml(std::string_view bytes);

// The page of an MHTML file: its first text/html part, decoded (transfer encoding, then charset: the
// part's own, else detected) into a Source of format "mhtml" whose positions are the file's, and the
// blocks the text reader makes of it. Fails, naming the file and the offset, where the message has no
// boundary or no HTML part, or the part does not decode.
Result<Reading> ReadMhtml(std::string_view bytes, std::string path, const ReadOptions& options);

}  // namespace gongwen::internal

#endif  // GONGWEN_SOURCE_MHTML_H_
