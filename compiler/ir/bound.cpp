#include "compiler/ir/bound.h"

namespace ingot::ir {

namespace {

class BoundWalk {
 public:
  explicit BoundWalk(const Function& f) : f_(f) {}

  MaybeUnbound run() {
    std::set<uint32_t> bound;
    for (const Param& p : f_.params) bound.insert(p.local.index());
    walk(f_.body, bound);
    return result_;
  }

 private:
  // Walks a block from `bound` (what is bound on entry); returns false when the block
  // cannot fall through (it ends by return, raise, break or continue).
  bool walk(BlockId block, std::set<uint32_t>& bound) {
    if (!block) return true;
    for (InstId id : f_.block(block).insts) {
      const Inst& in = f_.inst(id);
      switch (in.op) {
        case Opcode::LoadLocal: {
          const auto& ref = std::get<LocalRef>(in.payload);
          if (ref.depth == 0 && !f_.local(ref.local).is_temp && !bound.count(ref.local.index())) {
            result_.loads.insert(id.index());
            result_.locals.insert(ref.local.index());
          }
          break;
        }
        case Opcode::StoreLocal: {
          const auto& ref = std::get<LocalRef>(in.payload);
          if (ref.depth == 0) bound.insert(ref.local.index());
          break;
        }
        case Opcode::If: {
          const auto& b = std::get<Branches>(in.payload);
          std::set<uint32_t> then_bound = bound, else_bound = bound;
          bool then_falls = walk(b.then_block, then_bound);
          bool else_falls = walk(b.else_block, else_bound);
          if (then_falls && else_falls) {
            bound = intersect(then_bound, else_bound);
          } else if (then_falls) {
            bound = then_bound;
          } else if (else_falls) {
            bound = else_bound;
          } else {
            return false;
          }
          break;
        }
        case Opcode::While:
        case Opcode::ForEach: {
          const auto& loop = std::get<LoopBody>(in.payload);
          std::set<uint32_t> inside = bound;
          walk(loop.cond_block, inside);
          if (in.op == Opcode::While) bound = inside;  // the condition always runs once
          walk(loop.body, inside);
          std::set<uint32_t> after_else = bound;
          walk(loop.else_block, after_else);
          break;
        }
        case Opcode::Try: {
          const auto& t = std::get<TryBody>(in.payload);
          std::set<uint32_t> body = bound;
          walk(t.body, body);
          for (const Handler& h : t.handlers) {
            std::set<uint32_t> handler = bound;
            if (h.name) handler.insert(h.name.index());
            walk(h.body, handler);
          }
          std::set<uint32_t> else_bound = body;
          walk(t.else_block, else_bound);
          walk(t.finally_block, bound);
          break;
        }
        case Opcode::Return:
        case Opcode::Raise:
        case Opcode::Break:
        case Opcode::Continue:
          return false;
        default:
          break;
      }
    }
    return true;
  }

  static std::set<uint32_t> intersect(const std::set<uint32_t>& a, const std::set<uint32_t>& b) {
    std::set<uint32_t> out;
    for (uint32_t x : a) {
      if (b.count(x)) out.insert(x);
    }
    return out;
  }

  const Function& f_;
  MaybeUnbound result_;
};

}  // namespace

MaybeUnbound find_maybe_unbound(const Function& f) { return BoundWalk(f).run(); }

}  // namespace ingot::ir
