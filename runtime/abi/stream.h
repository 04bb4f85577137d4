// Generators across the ABI: a generator entry's items as an abi::Stream
// (ingot_call_stream / ingot_stream_next), and the conversions of a Generator result.
#pragma once

#include <memory>
#include <utility>

#include "runtime/abi/convert.h"
#include "runtime/abi/entry.h"
#include "runtime/core/generator.h"

namespace ingot::abi {

// A generator's items, converted to ABI values one by one as they are asked for.
template <typename T>
class GeneratorStream final : public Stream {
 public:
  explicit GeneratorStream(rt::Generator<T> generator) : generator_(std::move(generator)) {}
  ValuePtr next() override {
    if (!generator_.advance()) return nullptr;
    return Convert<T>::to(generator_.current());
  }

 private:
  rt::Generator<T> generator_;
};

template <typename T>
std::unique_ptr<Stream> make_stream(rt::Generator<T> generator) {
  return std::make_unique<GeneratorStream<T>>(std::move(generator));
}

// A generator result through ingot_call (not streamed): the list of all its items.
template <typename T>
struct Convert<rt::Generator<T>> {
  static ValuePtr to(const rt::Generator<T>& generator) {
    std::vector<ValuePtr> items;
    for (const T& item : generator) items.push_back(Convert<T>::to(item));
    return make_list(std::move(items));
  }
  static std::string name() { return "Iterator[" + Convert<T>::name() + "]"; }
  static std::string json() {
    return "{\"kind\": \"iterator\", \"item\": " + Convert<T>::json() + "}";
  }
};

}  // namespace ingot::abi
