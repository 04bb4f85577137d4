// Which reads of a local may happen before the local is assigned, where CPython raises
// UnboundLocalError. A forward walk of the structured IR: a local is bound after an `if`
// when both branches bind it, never because of a loop body (it may not run) or a try body
// (it may stop early). Conservative: a read it cannot prove safe is checked at run time.
#pragma once

#include <set>

#include "compiler/ir/ir.h"

namespace ingot::ir {

struct MaybeUnbound {
  std::set<uint32_t> loads;   // LoadLocal instructions (by index) that need a check
  std::set<uint32_t> locals;  // the locals those loads read
};

MaybeUnbound find_maybe_unbound(const Function& f);

}  // namespace ingot::ir
