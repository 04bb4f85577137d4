// JSON in and out of the value tree, with Python's json module as the reference.
#pragma once

#include <string>
#include <string_view>

#include "runtime/abi/value.h"

namespace ingot::abi {

// Parses like json.loads: objects become dicts (str keys, the last duplicate wins), arrays
// lists; NaN, Infinity and -Infinity are accepted. Raises ValueError with json's wording
// ("Expecting value: line 1 column 1 (char 0)"), OverflowError for an int outside int64,
// RecursionError past 1000 levels of nesting.
ValuePtr parse_json(std::string_view text);

// Prints like json.dumps with its defaults. Raises TypeError for bytes or a tuple key,
// as json.dumps does.
std::string dump_json(const ingot_value& value);

// repr() of a float, as CPython prints it: shortest round-trip digits, "1e+16", "0.0001",
// "inf", "nan".
std::string float_repr(double value);

}  // namespace ingot::abi
