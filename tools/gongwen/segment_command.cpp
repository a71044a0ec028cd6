// gongwen segment: the words (or sentences) of a text or DOCX file.
//
// Text out: one line per line of the input (blank lines kept, so the output
// lines up with the input), tokens separated by one space; with --sentences,
// one sentence per line. JSON out (--format json): one object per line of the
// input, each token with its kind and its position in the original file.
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "commands.h"
#include "gongwen/enrich.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/segment.h"

namespace gongwen::cli {

namespace {

struct SegmentArgs {
  std::string file;
  std::string output;
  std::string encoding;
  std::string format = "text";
  std::vector<std::string> lexicons;
  bool sentences = false;
  bool no_builtin = false;
  bool split_units = false;
  bool no_document_words = false;
  LimitArgs limits;
};

void WriteText(std::ostream& out, std::string_view text, const std::vector<Token>& tokens) {
  bool first = true;
  for (const Token& t : tokens) {
    if (!first) out << ' ';
    first = false;
    // A token may span the spaces of converted text (320 亿元): print it without them.
    for (char c : text.substr(t.begin, t.end - t.begin))
      if (c != ' ') out << c;
  }
  out << '\n';
}

int Run(const SegmentArgs& args) {
  if (!CheckEncoding(args.encoding)) return kExitBadInput;
  ExtractOptions options;
  options.read.encoding = args.encoding;
  ApplyLimits(args.limits, options);
  SegmentOptions seg_options;
  seg_options.builtin_lexicon = !args.no_builtin;
  seg_options.keep_units = !args.split_units;
  Segmenter segmenter(seg_options);
  Lexicon lexicon;
  if (!ApplyTokenOptions(false, args.lexicons, lexicon, options)) return kExitBadInput;
  segmenter.AddLexicon(lexicon);
  Result<std::string> bytes = ReadInputBytes(args.file, options);
  if (!bytes.ok()) {
    PrintError(bytes.status().ToString());
    return kExitBadInput;
  }
  Result<Reading> reading = ReadAny(*bytes, args.file, options);
  if (!reading.ok()) {
    PrintError(reading.status().ToString());
    return kExitBadInput;
  }
  if (!args.no_document_words) {
    // The units and leaders the document names are words of it (县住房和城乡建设管理局).
    AddDocumentWords(ExtractFromReading(*reading, options), segmenter);
  }
  const Source& source = reading->source;
  const std::string& text = source.text();

  std::ofstream file;
  std::ostream* out = OpenOutput(args.output, file);
  if (out == nullptr) return kExitBadInput;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    if (pos == text.size() && nl == pos) break;  // no line after the last line break
    std::string_view line(text.data() + pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (args.format == "json") {
      SegmentedLine seg{pos, line, segmenter.Words(line), args.sentences, {}};
      if (args.sentences) seg.sentences = segmenter.Sentences(line);
      *out << SegmentedLineJson(source, seg) << '\n';
    } else if (args.sentences) {
      for (const TextRange& r : segmenter.Sentences(line)) {
        std::string_view sentence = line.substr(r.begin, r.end - r.begin);
        std::vector<Token> tokens = segmenter.Words(sentence);
        if (!tokens.empty()) WriteText(*out, sentence, tokens);
      }
    } else {
      WriteText(*out, line, segmenter.Words(line));
    }
    pos = nl + 1;
  }
  return FinishOutput(*out, args.output);
}

}  // namespace

void AddSegmentCommand(CLI::App& app, std::function<int()>& run) {
  auto args = std::make_shared<SegmentArgs>();
  CLI::App* cmd = app.add_subcommand(
      "segment",
      "Split a text or DOCX file into words (one input line per output line, words separated by spaces)");
  cmd->add_option("file", args->file, "Input file; '-' reads standard input")->required();
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->add_flag("--sentences", args->sentences,
                "One sentence per line (with --format json: add the sentences)");
  AddRepeatedFileOption(
      cmd, "--lexicon", args->lexicons,
      "A user lexicon: UTF-8, one word per line (anything after a space is ignored); repeatable");
  cmd->add_flag("--no-builtin", args->no_builtin, "Do not use the built-in lexicon of government terms");
  cmd->add_flag("--no-document-words", args->no_document_words,
                "Do not read the document first for the unit names and leaders it names");
  cmd->add_flag("--split-units", args->split_units, "Cut a number from its measure unit (7000万 公斤)");
  cmd->add_option("--encoding", args->encoding, "Decode with this encoding instead of detecting it");
  cmd->add_option("--format", args->format, "text (default), or json: tokens with kinds and positions")
      ->check(CLI::IsMember({"text", "json"}));
  AddLimitOptions(cmd, args->limits);
  cmd->callback([args, &run] { run = [args] { return Run(*args); }; });
}

}  // namespace gongwen::cli
