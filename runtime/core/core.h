// The runtime core in one include: what emitted C++ includes.
#pragma once

#include "runtime/core/builtins.h"
#include "runtime/core/collections.h"
#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/format.h"
#include "runtime/core/json.h"
#include "runtime/core/json_module.h"
#include "runtime/core/lowering.h"
#include "runtime/core/math.h"
#include "runtime/core/ops.h"
#include "runtime/core/protocol.h"
#include "runtime/core/regex.h"
#include "runtime/core/str.h"
#include "runtime/core/str_format.h"
#include "runtime/core/text_modules.h"
#include "runtime/core/values.h"
