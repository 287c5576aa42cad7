// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/yamlerror.h"

#include <yaml-cpp/yaml.h>

int YamlError::line(const YAML::Mark &mark)
{
    return mark.line >= 0 ? mark.line + 1 : 0;
}

int YamlError::column(const YAML::Mark &mark)
{
    return mark.column >= 0 ? mark.column + 1 : 0;
}

Error YamlError::at(const YAML::Node &node,
                    const QString &file,
                    const QString &message,
                    ErrorCode code)
{
    const YAML::Mark mark = node.Mark();
    return Error(code, message).at(file, line(mark), column(mark));
}

Error YamlError::fromException(const YAML::Exception &e, const QString &file)
{
    return Error(ErrorCode::Parse, QString::fromStdString(e.msg))
        .at(file, line(e.mark), column(e.mark));
}
