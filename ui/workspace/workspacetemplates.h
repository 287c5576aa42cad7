// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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
} // namespace WorkspaceTemplates
