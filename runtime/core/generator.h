// Python generators as C++20 coroutines: a generator function compiles to a coroutine
// returning Generator<T>, `yield x` to `co_yield x`, `return` to `co_return`.
//
// A Generator is what Python's generator object is: a reference to one running frame.
// Copies share it, so `g = gen(); next(g); for x in g: ...` goes on from where next()
// left off, and a for loop that breaks leaves the rest for whoever iterates next. The
// frame runs only when an item is asked for (next(), a for loop, list(), any()), which
// keeps side effects and infinite generators as lazy as in CPython. An exception raised
// inside the frame reaches whoever asked for the item, and the generator is finished
// after it, as in CPython.
#pragma once

#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <optional>
#include <utility>

#include "runtime/core/errors.h"
#include "runtime/core/lowering.h"
#include "runtime/core/values.h"

namespace ingot::rt {

template <class T>
class Generator {
 public:
  struct promise_type {
    std::optional<T> current;
    std::exception_ptr error;

    Generator get_return_object() {
      return Generator(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    template <class U>
    std::suspend_always yield_value(U&& value) {
      current.emplace(std::forward<U>(value));
      return {};
    }
    void return_void() {}
    // PEP 479: a StopIteration escaping a generator's body is a RuntimeError.
    void unhandled_exception() {
      error = std::current_exception();
      try {
        throw;
      } catch (const PyException& e) {
        if (e.kind() == ExcKind::StopIteration) {
          error = std::make_exception_ptr(
              PyException(ExcKind::RuntimeError, "generator raised StopIteration"));
        }
      } catch (...) {
      }
    }
  };
  using value_type = T;

  // A finished generator: what a local holds before it is assigned.
  Generator() : frame_(std::make_shared<Frame>(nullptr)) {}

  // Advances to the next item: true when there is one (read it with current()), false
  // when the generator is finished. Rethrows what the frame raised.
  bool advance() const {
    Frame& frame = *frame_;
    if (!frame.handle || frame.handle.done()) return false;
    frame.handle.promise().current.reset();
    frame.handle.resume();
    if (frame.handle.promise().error) {
      std::exception_ptr error = std::exchange(frame.handle.promise().error, nullptr);
      frame.finish();
      std::rethrow_exception(error);
    }
    if (frame.handle.done()) {
      frame.finish();
      return false;
    }
    return true;
  }
  const T& current() const { return *frame_->handle.promise().current; }

  // Keeps `owner` alive as long as the frame: a closure whose captures the frame reads.
  // `owner` is moved from, which clang-tidy 14 misses in a class template's member.
  void keep_alive(std::shared_ptr<void> owner) {  // NOLINT(performance-unnecessary-value-param)
    frame_->owner = std::move(owner);
  }

  // Input iteration over what is left: begin() asks for the next item.
  class iterator {
   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(const Generator* generator) : generator_(generator) { step(); }
    // A copy: the loop body may advance the same generator (next(g)) while it holds the
    // item, as Python allows.
    T operator*() const { return generator_->current(); }
    iterator& operator++() {
      step();
      return *this;
    }
    void operator++(int) { step(); }
    bool operator==(std::default_sentinel_t) const { return generator_ == nullptr; }

   private:
    void step() {
      if (!generator_->advance()) generator_ = nullptr;
    }
    const Generator* generator_ = nullptr;
  };
  iterator begin() const { return iterator(this); }
  std::default_sentinel_t end() const { return {}; }

 private:
  // The coroutine frame, destroyed with the last Generator that refers to it: freeing a
  // generator before it finishes runs no more of its body (CPython would run its finally
  // blocks; ingot's generators have none that could observe it).
  struct Frame {
    std::coroutine_handle<promise_type> handle;
    std::shared_ptr<void> owner;
    explicit Frame(std::coroutine_handle<promise_type> h) : handle(h) {}
    ~Frame() { finish(); }
    void finish() {
      if (handle) handle.destroy();
      handle = nullptr;
    }
  };
  explicit Generator(std::coroutine_handle<promise_type> handle)
      : frame_(std::make_shared<Frame>(handle)) {}

  std::shared_ptr<Frame> frame_;
};

template <class T>
struct is_generator : std::false_type {};
template <class T>
struct is_generator<Generator<T>> : std::true_type {};

// Calls a closure that makes a generator, keeping the closure (and so its captures) alive
// as long as the generator: the frame of a lambda coroutine reads its captures through
// the lambda object.
template <class F, class... Args>
auto call_generator(const F& closure, const Args&... args) {
  auto owned = std::make_shared<F>(closure);
  auto generator = (*owned)(args...);
  generator.keep_alive(owned);
  return generator;
}

// iter(x): a generator over what iterating x yields. A generator is its own iterator.
template <class T>
const Generator<T>& iter(const Generator<T>& generator) {
  return generator;
}
template <class It>
auto iter(It iterable) -> Generator<std::decay_t<decltype(*std::begin(iterable))>> {
  for (const auto& item : iterable) co_yield item;
}

// next(it) and next(it, default).
template <class T>
T next(const Generator<T>& generator) {
  if (!generator.advance()) raise(ExcKind::StopIteration, "");
  return generator.current();
}
template <class R, class T, class D>
R next_or(const Generator<T>& generator, const D& fallback) {
  if (!generator.advance()) return convert<R>(fallback);
  return convert<R>(generator.current());
}

// `a, *rest, z = value`: the items of value, at least before + after of them.
template <class It>
List<elem_t<It>> unpack_star(const It& value, Int before, Int after) {
  List<elem_t<It>> items = to_list(value);
  if (items.size() < before + after) {
    raise(ExcKind::ValueError, "not enough values to unpack (expected at least " +
                                   std::to_string(before + after) + ", got " +
                                   std::to_string(items.size()) + ")");
  }
  return items;
}

template <class T>
const char* type_name(const Generator<T>&) {
  return "generator";
}
template <class T>
Bool truth(const Generator<T>&) {
  return true;
}

}  // namespace ingot::rt
