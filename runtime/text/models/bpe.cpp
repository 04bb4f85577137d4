// Byte-pair encoding: characters (or bytes, through the byte-level alphabet or <0xXX>
// fallback tokens) merged by rank, lowest rank first, leftmost first among equals.
#include <cstdio>
#include <mutex>
#include <queue>
#include <shared_mutex>
#include <string_view>
#include <unordered_map>

#include "runtime/text/models/models.h"
#include "runtime/text/unicode.h"

namespace ingot::text {

namespace {

class Bpe : public Model {
 public:
  explicit Bpe(const Json& j);
  std::vector<Token> tokenize(const std::string& piece) const override;
  std::optional<uint32_t> token_to_id(const std::string& token) const override {
    return vocab_.find(token);
  }
  std::optional<std::string> id_to_token(uint32_t id) const override { return vocab_.token(id); }
  size_t vocab_size() const override { return vocab_.ids.size(); }

 private:
  struct Symbol {
    uint32_t id;
    ptrdiff_t prev, next;
    size_t len;  // bytes; 0 once merged into its left neighbour
  };
  struct Merge {
    uint32_t rank, new_id;
  };
  static uint64_t pair_key(uint32_t a, uint32_t b) { return (static_cast<uint64_t>(a) << 32) | b; }
  const Merge* find_merge(uint32_t a, uint32_t b) const {
    auto it = merges_.find(pair_key(a, b));
    return it == merges_.end() ? nullptr : &it->second;
  }
  std::vector<Symbol> initial_symbols(const std::string& piece) const;
  void merge_all(std::vector<Symbol>& symbols) const;
  std::vector<Token> merge_piece(const std::string& piece) const;

  // Words repeat (text is Zipfian), so their tokens are kept, as `tokenizers` keeps them: up
  // to kCacheWords words, then no more are added. Offsets are within the word, so an entry
  // holds for every occurrence. Calls may come from several threads.
  static constexpr size_t kCacheWords = 10000;
  mutable std::unordered_map<std::string, std::vector<Token>> cache_;
  mutable std::shared_mutex cache_mutex_;

  Vocab vocab_;
  std::unordered_map<uint64_t, Merge> merges_;
  std::optional<std::string> unk_token_;
  std::string continuing_subword_prefix_;
  std::string end_of_word_suffix_;
  bool fuse_unk_ = false;
  bool byte_fallback_ = false;
  bool ignore_merges_ = false;
};

Bpe::Bpe(const Json& j) {
  const std::string component = "BPE";
  vocab_ = Vocab::from_json(require(j, "vocab", component), component);
  unk_token_ = get_optional<std::string>(j, "unk_token");
  continuing_subword_prefix_ = get_or<std::string>(j, "continuing_subword_prefix", "");
  end_of_word_suffix_ = get_or<std::string>(j, "end_of_word_suffix", "");
  fuse_unk_ = get_or(j, "fuse_unk", false);
  byte_fallback_ = get_or(j, "byte_fallback", false);
  ignore_merges_ = get_or(j, "ignore_merges", false);
  if (auto dropout = get_optional<double>(j, "dropout"); dropout && *dropout > 0.0) {
    throw TokenizerError("BPE: dropout is not supported (it makes encoding random)");
  }
  const Json& merges = require(j, "merges", component);
  if (!merges.is_array()) throw TokenizerError("BPE: merges must be an array");
  merges_.reserve(merges.size());
  uint32_t rank = 0;
  for (const Json& merge : merges) {
    std::string left, right;
    if (merge.is_string()) {
      std::string line = merge.get<std::string>();
      size_t space = line.find(' ');
      if (space == std::string::npos || line.find(' ', space + 1) != std::string::npos) {
        throw TokenizerError("BPE: merge '" + line + "' is not two tokens separated by a space");
      }
      left = line.substr(0, space);
      right = line.substr(space + 1);
    } else if (merge.is_array() && merge.size() == 2 && merge[0].is_string() &&
               merge[1].is_string()) {
      left = merge[0].get<std::string>();
      right = merge[1].get<std::string>();
    } else {
      throw TokenizerError("BPE: merge " + merge.dump() + " is not a pair of tokens");
    }
    auto left_id = vocab_.find(left), right_id = vocab_.find(right);
    if (!left_id || !right_id) {
      throw TokenizerError(("BPE: merge '" + left + " ")
                               .append(right)
                               .append("' uses a token missing from the vocab"));
    }
    size_t prefix = std::min(continuing_subword_prefix_.size(), right.size());
    std::string merged = left + right.substr(prefix);
    auto merged_id = vocab_.find(merged);
    if (!merged_id)
      throw TokenizerError("BPE: merged token '" + merged + "' is missing from the vocab");
    merges_.emplace(pair_key(*left_id, *right_id), Merge{rank++, *merged_id});
  }
}

std::vector<Bpe::Symbol> Bpe::initial_symbols(const std::string& piece) const {
  std::vector<Symbol> symbols;
  auto push = [&](uint32_t id, size_t len) {
    auto index = static_cast<ptrdiff_t>(symbols.size());
    if (!symbols.empty()) symbols.back().next = index;
    symbols.push_back({id, index - 1, -1, len});
  };
  std::optional<std::pair<uint32_t, size_t>> pending_unk;
  for (size_t pos = 0, len; pos < piece.size(); pos += len) {
    decode_at(piece, pos, &len);
    // The character as a symbol; a string is built only for a prefix or suffix to add.
    std::string_view symbol = std::string_view(piece).substr(pos, len);
    std::string decorated;
    const bool prefixed = pos > 0 && !continuing_subword_prefix_.empty();
    const bool suffixed = pos + len == piece.size() && !end_of_word_suffix_.empty();
    if (prefixed || suffixed) {
      decorated = (prefixed ? continuing_subword_prefix_ : "") + std::string(symbol) +
                  (suffixed ? end_of_word_suffix_ : "");
      symbol = decorated;
    }
    if (auto id = vocab_.find(symbol)) {
      if (pending_unk) push(pending_unk->first, pending_unk->second);
      pending_unk.reset();
      push(*id, len);
      continue;
    }
    if (byte_fallback_) {
      std::vector<uint32_t> byte_ids;
      for (char byte : symbol) {
        char name[8];
        std::snprintf(name, sizeof name, "<0x%02X>", static_cast<unsigned char>(byte));
        auto id = vocab_.find(name);
        if (!id) break;
        byte_ids.push_back(*id);
      }
      if (byte_ids.size() == symbol.size()) {
        for (uint32_t id : byte_ids) push(id, 1);
        continue;
      }
    }
    if (unk_token_) {
      auto unk_id = vocab_.find(*unk_token_);
      if (!unk_id) throw TokenizerError("BPE: unk_token '" + *unk_token_ + "' is not in the vocab");
      if (pending_unk && fuse_unk_) {
        pending_unk->second += len;
      } else {
        if (pending_unk) push(pending_unk->first, pending_unk->second);
        pending_unk = std::pair<uint32_t, size_t>(*unk_id, len);
      }
    }
  }
  if (pending_unk) push(pending_unk->first, pending_unk->second);
  return symbols;
}

void Bpe::merge_all(std::vector<Symbol>& symbols) const {
  struct Candidate {
    uint32_t rank;
    size_t pos;
    uint32_t new_id;
    bool operator<(const Candidate& other) const {  // the queue pops the greatest
      return rank != other.rank ? rank > other.rank : pos > other.pos;
    }
  };
  std::priority_queue<Candidate> queue;
  for (size_t i = 0; i + 1 < symbols.size(); ++i) {
    if (const Merge* m = find_merge(symbols[i].id, symbols[i + 1].id))
      queue.push({m->rank, i, m->new_id});
  }
  while (!queue.empty()) {
    Candidate top = queue.top();
    queue.pop();
    Symbol& current = symbols[top.pos];
    if (current.len == 0 || current.next == -1) continue;
    auto next_pos = static_cast<size_t>(current.next);
    Symbol right = symbols[next_pos];
    // Skip entries made stale by an earlier merge.
    const Merge* m = find_merge(current.id, right.id);
    if (m == nullptr || m->new_id != top.new_id) continue;
    current.id = top.new_id;
    current.len += right.len;
    current.next = right.next;
    symbols[next_pos].len = 0;
    if (right.next > -1 && static_cast<size_t>(right.next) < symbols.size()) {
      symbols[static_cast<size_t>(right.next)].prev = static_cast<ptrdiff_t>(top.pos);
    }
    if (current.prev >= 0) {
      auto prev = static_cast<size_t>(current.prev);
      if (const Merge* pm = find_merge(symbols[prev].id, current.id))
        queue.push({pm->rank, prev, pm->new_id});
    }
    if (current.next >= 0 && static_cast<size_t>(current.next) < symbols.size()) {
      auto next = static_cast<size_t>(current.next);
      if (const Merge* nm = find_merge(current.id, symbols[next].id))
        queue.push({nm->rank, top.pos, nm->new_id});
    }
  }
}

std::vector<Token> Bpe::tokenize(const std::string& piece) const {
  if (piece.empty()) return {};
  if (ignore_merges_) {
    if (auto id = vocab_.find(piece)) return {Token{*id, piece, {0, piece.size()}}};
  }
  {
    std::shared_lock lock(cache_mutex_);
    if (auto it = cache_.find(piece); it != cache_.end()) return it->second;
  }
  std::vector<Token> tokens = merge_piece(piece);
  std::unique_lock lock(cache_mutex_);
  if (cache_.size() < kCacheWords) cache_.emplace(piece, tokens);
  return tokens;
}

std::vector<Token> Bpe::merge_piece(const std::string& piece) const {
  std::vector<Symbol> symbols = initial_symbols(piece);
  merge_all(symbols);
  std::vector<Token> tokens;
  size_t offset = 0;
  for (const Symbol& s : symbols) {
    if (s.len == 0) continue;
    const auto it = vocab_.tokens.find(s.id);
    tokens.push_back(
        Token{s.id, it == vocab_.tokens.end() ? "" : it->second, {offset, offset + s.len}});
    offset += s.len;
  }
  return tokens;
}

}  // namespace

std::unique_ptr<Model> make_bpe(const Json& j) { return std::make_unique<Bpe>(j); }

}  // namespace ingot::text
