// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QMenu;

// The "New from Template" documents, embedded from resources/templates at :/templates.
namespace WorkspaceTemplates {
// One template: a stable id (its file name without .yaml), a menu title and a one-line hint.
struct Template
{
    QString id;
    QString title;
    QString description;
};

// Every template, in menu order.
QList<Template> all();
// The template's YAML; empty for an unknown id.
QByteArray text(const QString &id);
// Adds one action per template to menu (object name "template_" + id, the description as tip);
// chosen is called with the id of the one triggered.
void addActions(QMenu *menu, const std::function<void(const QString &id)> &chosen);
} // namespace WorkspaceTemplates
