// --emit-ir: the typed IR as text, one instance at a time.
#include <sstream>

#include "compiler/types/check.h"

namespace ingot::types {

namespace {

std::string constant_text(const ir::Constant& c) {
  return std::visit(ast::Overloaded{
                        [](ast::NoneType) { return std::string("None"); },
                        [](bool b) { return std::string(b ? "True" : "False"); },
                        [](int64_t i) { return std::to_string(i); },
                        [](double d) {
                          std::ostringstream out;
                          out << d;
                          return out.str();
                        },
                        [](const ast::Str& s) { return "'" + s.utf8 + "'"; },
                        [](const ast::Bytes& b) { return "b'" + b.data + "'"; },
                    },
                    c);
}

class Printer {
 public:
  Printer(const TypedProgram& typed, std::ostringstream& out) : typed_(typed), out_(out) {}

  void instance(const Instance& in) {
    const ir::Function& f = typed_.program->function(in.func);
    instance_ = &in;
    function_ = &f;
    out_ << "fn " << in.name << "(";
    for (size_t i = 0; i < f.params.size(); ++i) {
      out_ << (i ? ", " : "") << f.params[i].name << ": " << type(in.params[i]);
    }
    out_ << ") -> " << type(in.result) << "  # line " << f.loc.line << "\n";
    for (size_t l = 0; l < f.locals.size(); ++l) {
      out_ << "  local %" << f.locals[l].name << "." << l << ": " << type(in.local_types[l])
           << "\n";
    }
    block(f.body, 1);
    out_ << "\n";
  }

 private:
  std::string type(TypeId t) const { return typed_.table->to_string(t); }

  void block(ir::BlockId b, int depth) {
    if (!b) return;
    for (ir::InstId id : function_->block(b).insts) inst(id, depth);
  }

  void inst(ir::InstId id, int depth) {
    const ir::Inst& in = function_->inst(id);
    std::string pad(static_cast<size_t>(depth) * 2, ' ');
    out_ << pad;
    TypeId t = instance_->inst_types[id.index()];
    if (t) out_ << "v" << id.index() << ": " << type(t) << " = ";
    out_ << ir::name(in.op);
    std::visit(ast::Overloaded{
                   [&](std::monostate) {},
                   [&](const ir::Constant& c) { out_ << " " << constant_text(c); },
                   [&](const ir::LocalRef& r) {
                     out_ << " %" << r.local.index()
                          << (r.depth ? "^" + std::to_string(r.depth) : "");
                   },
                   [&](ir::GlobalId g) { out_ << " @" << typed_.program->global(g).name; },
                   [&](ir::FuncId f) { out_ << " fn#" << f.index(); },
                   [&](ir::ClassId c) { out_ << " class#" << c.index(); },
                   [&](const ir::CallTarget& c) {
                     auto it = instance_->calls.find(id.index());
                     if (it != instance_->calls.end() && it->second.op.op) {
                       out_ << " " << it->second.op.op->name << " => " << it->second.op.op->native;
                     } else if (it != instance_->calls.end() && it->second.instance >= 0) {
                       out_ << " " << typed_.instances[it->second.instance].name;
                     } else {
                       out_ << " " << c.name;
                     }
                   },
                   [&](const ir::Branches&) {},
                   [&](const ir::LoopBody&) {},
                   [&](const ir::TryBody&) {},
               },
               in.payload);
    for (size_t i = 0; i < in.args.size(); ++i)
      out_ << (i ? ", " : " ") << "v" << in.args[i].index();
    out_ << "  # line " << in.loc.line << "\n";
    if (const auto* b = std::get_if<ir::Branches>(&in.payload)) {
      out_ << pad << "then:\n";
      block(b->then_block, depth + 1);
      out_ << pad << "else:\n";
      block(b->else_block, depth + 1);
    }
    if (const auto* t = std::get_if<ir::TryBody>(&in.payload)) {
      out_ << pad << "body:\n";
      block(t->body, depth + 1);
      for (const ir::Handler& h : t->handlers) {
        out_ << pad << "except";
        for (const std::string& k : h.kinds) out_ << " " << k;
        out_ << ":\n";
        block(h.body, depth + 1);
      }
      if (t->else_block) {
        out_ << pad << "else:\n";
        block(t->else_block, depth + 1);
      }
      if (t->finally_block) {
        out_ << pad << "finally:\n";
        block(t->finally_block, depth + 1);
      }
    }
    if (const auto* l = std::get_if<ir::LoopBody>(&in.payload)) {
      if (l->cond_block) {
        out_ << pad << "cond:\n";
        block(l->cond_block, depth + 1);
      }
      out_ << pad << "body:\n";
      block(l->body, depth + 1);
      if (l->else_block) {
        out_ << pad << "else:\n";
        block(l->else_block, depth + 1);
      }
    }
  }

  const TypedProgram& typed_;
  std::ostringstream& out_;
  const Instance* instance_ = nullptr;
  const ir::Function* function_ = nullptr;
};

}  // namespace

std::string print_ir(const TypedProgram& typed) {
  std::ostringstream out;
  Printer printer(typed, out);
  for (const Instance& in : typed.instances) printer.instance(in);
  return out.str();
}

}  // namespace ingot::types
