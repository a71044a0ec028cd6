// gongwen/build.h — stage 5: from recognized blocks to the Document model.
//
// The builder reads the roles the recognizer gave and assembles the metadata,
// the section tree and the tasks: each task gets the leader of its leader
// section, the lead units of its unit section and the units of the clauses that
// follow it. It never looks at the raw bytes or the input format.
#ifndef GONGWEN_BUILD_H_
#define GONGWEN_BUILD_H_

#include "gongwen/diagnostic.h"
#include "gongwen/document.h"
#include "gongwen/export.h"
#include "gongwen/recognize.h"
#include "gongwen/source.h"

namespace gongwen {

// `diagnostics` are those collected so far (decoding, normalization); they are
// moved into the Document together with the builder's own.
GONGWEN_EXPORT Document BuildDocument(const Source& source, RecognizedBlocks blocks, Diagnostics diagnostics);

}  // namespace gongwen

#endif  // GONGWEN_BUILD_H_
