// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/error.h"

namespace YAML {
class Exception;
class Node;
struct Mark;
} // namespace YAML

// yaml-cpp's places (0-based, -1 when unknown) as an Error's file:line:col (1-based, 0 when
// unknown), for every reader that turns a YAML document into settings. Callable from any thread.
namespace YamlError {
// The 1-based line of a mark, or 0 when yaml-cpp does not know it.
int line(const YAML::Mark &mark);
// The 1-based column of a mark, or 0 when yaml-cpp does not know it.
int column(const YAML::Mark &mark);
// An Error of `code` with `message`, placed where `node` starts in `file`.
Error at(const YAML::Node &node,
         const QString &file,
         const QString &message,
         ErrorCode code = ErrorCode::Parse);
// A parse or conversion failure of yaml-cpp, in its own words, placed in `file`.
Error fromException(const YAML::Exception &e, const QString &file);
} // namespace YamlError
