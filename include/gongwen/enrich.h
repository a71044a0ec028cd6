// gongwen/enrich.h — stage 6: what a supervision system tracks beyond the text.
//
// After the document is built, the enrich stage reads each task's text once
// more for:
//   - targets (指标): quantities the task commits to — 工业投资增长19%以上,
//     产量7000万公斤以上, 新建50套保障性住房, 7.5%左右, 不低于60万元/亩 — each with
//     subject, measure, value (万/亿 folded in), unit and comparator. Numbers
//     that only name or order things are not targets: 国道341线, 5G基站, 2#炉,
//     第五次, “三个一批”, years and dates;
//   - milestones: dates inside the text (5月投产, 9月份投入使用, 6月20日), as
//     precise as the text allows, the year taken from the document;
//   - the reporting schedule of the cover notice (每季度第3天报送…, 6月20日、
//     12月20日报送…) into Metadata::reporting_schedule;
//   - on request, each task's words (Segmenter, with the document's unit names
//     and leaders as known words) and keywords: the task's words that are most
//     particular to it within the document (tf-idf over the document's tasks).
// Every target, milestone and schedule item carries the span of its words in
// the original file. Enrich only adds; it never changes what the build stage made.
#ifndef GONGWEN_ENRICH_H_
#define GONGWEN_ENRICH_H_

#include <cstddef>

#include "gongwen/document.h"
#include "gongwen/export.h"
#include "gongwen/segment.h"
#include "gongwen/source.h"

namespace gongwen {

struct EnrichOptions {
  bool targets = true;               // Task::targets
  bool milestones = true;            // Task::milestones and Metadata::reporting_schedule
  bool tokens = false;               // Task::tokens and Task::keywords (segments every task: slower)
  size_t keywords = 5;               // keywords per task, at most
  SegmentOptions segment;            // for tokens
  const Lexicon* lexicon = nullptr;  // a user lexicon for tokens (not owned; must outlive the call)
};

// Adds targets, milestones, the reporting schedule and (if asked) tokens to
// `document`, which `source` was read into.
GONGWEN_EXPORT void Enrich(Document& document, const Source& source, const EnrichOptions& options = {});

// The words a document teaches a segmenter: its unit names (without a leading
// 各: 各乡镇人民政府 gives 乡镇人民政府), its leaders' names and titles.
GONGWEN_EXPORT void AddDocumentWords(const Document& document, Segmenter& segmenter);

}  // namespace gongwen

#endif  // GONGWEN_ENRICH_H_
