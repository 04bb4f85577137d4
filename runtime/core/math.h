// Python's `math` module.
#pragma once

#include <cmath>
#include <limits>
#include <numbers>

#include "runtime/core/values.h"

namespace ingot::rt::math {

inline constexpr Float pi = std::numbers::pi;
inline constexpr Float e = std::numbers::e;
inline constexpr Float tau = 2 * std::numbers::pi;
inline constexpr Float inf = std::numeric_limits<Float>::infinity();
inline constexpr Float nan = std::numeric_limits<Float>::quiet_NaN();

}  // namespace ingot::rt::math
