// An output stream that counts what it is given and keeps none of it (like
// /dev/null): the benchmarks write JSON out as the tool does.
#ifndef GONGWEN_TESTS_BENCH_DISCARD_BUFFER_H_
#define GONGWEN_TESTS_BENCH_DISCARD_BUFFER_H_

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <streambuf>

class DiscardBuffer : public std::streambuf {
 public:
  size_t written() const { return written_; }

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    written_ += static_cast<size_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) ++written_;
    return traits_type::not_eof(c);
  }

 private:
  size_t written_ = 0;
};

// The stream to hand WriteJson; Report sets the counter json_MB (per iteration).
class DiscardStream : public std::ostream {
 public:
  DiscardStream() : std::ostream(&buffer_) {}
  void Report(benchmark::State& state) const {
    state.counters["json_MB"] = static_cast<double>(buffer_.written()) / 1e6 /
                                static_cast<double>(std::max<int64_t>(state.iterations(), 1));
  }

 private:
  DiscardBuffer buffer_;
};

#endif  // GONGWEN_TESTS_BENCH_DISCARD_BUFFER_H_
