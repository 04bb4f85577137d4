#include "compiler/ir/ir.h"

namespace ingot::ir {

const char* name(Opcode op) {
  switch (op) {
    case Opcode::Const:
      return "const";
    case Opcode::LoadLocal:
      return "load";
    case Opcode::LoadGlobal:
      return "load_global";
    case Opcode::LoadFunc:
      return "load_func";
    case Opcode::LoadClass:
      return "load_class";
    case Opcode::Call:
      return "call";
    case Opcode::MakeList:
      return "make_list";
    case Opcode::MakeTuple:
      return "make_tuple";
    case Opcode::MakeSet:
      return "make_set";
    case Opcode::MakeDict:
      return "make_dict";
    case Opcode::Narrow:
      return "narrow";
    case Opcode::Unpack:
      return "unpack";
    case Opcode::Element:
      return "element";
    case Opcode::StoreLocal:
      return "store";
    case Opcode::Return:
      return "return";
    case Opcode::If:
      return "if";
    case Opcode::While:
      return "while";
    case Opcode::ForEach:
      return "for";
    case Opcode::Break:
      return "break";
    case Opcode::Continue:
      return "continue";
    case Opcode::Raise:
      return "raise";
    case Opcode::Try:
      return "try";
    case Opcode::Yield:
      return "yield";
  }
  return "?";
}

}  // namespace ingot::ir
