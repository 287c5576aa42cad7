// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/editorgutter.h"

#include "ui/workspace/yamleditor.h"

#include <QMouseEvent>

EditorGutter::EditorGutter(YamlEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("editorGutter"));
    setCursor(Qt::PointingHandCursor);
}

QSize EditorGutter::sizeHint() const
{
    return QSize(m_editor->gutterWidth(), 0);
}

void EditorGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(this, event);
}

void EditorGutter::mousePressEvent(QMouseEvent *event)
{
    m_editor->gutterClicked(event->position().toPoint());
}
