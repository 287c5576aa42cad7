// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

// An image config blob (OCI image-spec config.md; Docker's is the same shape): what the
// image runs and how it was built.
struct ImageConfig
{
    struct HistoryEntry
    {
        QDateTime created;
        QString createdBy;
        QString comment;
        bool emptyLayer = false;
    };

    QString os;
    QString architecture;
    QString variant;
    QDateTime created;
    QString author;
    QString user;
    QStringList env;
    QStringList entrypoint;
    QStringList cmd;
    QString workingDir;
    QStringList exposedPorts;
    QStringList volumes;
    QString stopSignal;
    QMap<QString, QString> labels;
    QList<HistoryEntry> history;
    QStringList diffIds;
    QJsonObject raw;

    static Result<ImageConfig> parse(const QByteArray &body, const QString &where);
    // For each layer (by index), the history line that made it: history entries with
    // empty_layer set make no layer, so they are skipped (image-spec config.md "history").
    // An empty string where the history is shorter than the layers.
    QStringList layerHistory(int layerCount) const;
};
