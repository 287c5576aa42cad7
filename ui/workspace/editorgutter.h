// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class YamlEditor;

// The strip left of a YamlEditor: line numbers, a severity mark on lines with findings and a
// light bulb on the cursor line when it has quick fixes. Painting and clicks go to the editor.
class EditorGutter : public QWidget
{
    Q_OBJECT
public:
    explicit EditorGutter(YamlEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    YamlEditor *m_editor;
};
