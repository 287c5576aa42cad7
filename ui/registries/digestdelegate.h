// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws a tag table's Digest cell with a coloured chip per digest group
// (TagTableModel::DigestGroupRole), so tags that share a digest read as one image at a
// glance; a digest shared by several tags gets a filled chip, one used once an outline.
// Other cells paint as usual.
class DigestDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DigestDelegate(QObject *parent = nullptr);

    // The colour of a group (stable, spread around the hue circle; -1: none).
    static QColor groupColor(int group, bool dark);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
