// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentials/credentialdelegate.h"

#include "model/items/credentialtablemodel.h"

#include <QFontDatabase>

void CredentialDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(CredentialTableModel::ProblemRole).toBool()) {
        const QColor error(0xc5, 0x22, 0x1f);
        option->palette.setColor(QPalette::Text, error);
        option->palette.setColor(QPalette::HighlightedText, Qt::white);
        option->backgroundBrush = QColor(0xfc, 0xe8, 0xe6);
        if (index.column() == CredentialTableModel::NoteColumn)
            option->font.setWeight(QFont::DemiBold);
    } else if (index.data(CredentialTableModel::ShadowedRole).toBool()) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.column() == CredentialTableModel::SecretColumn)
        option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
}
