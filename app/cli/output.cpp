// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/output.h"

#include "model/core/redaction.h"

#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
    , m_terminal(::isatty(STDOUT_FILENO) == 1)
{}

Output::Output(QString *out, QString *err)
    : m_out(out)
    , m_err(err)
{}

void Output::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Output::json(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void Output::raw(const QByteArray &bytes)
{
    // QTextStream would re-encode; a manifest's digest is over its exact bytes.
    m_out.flush();
    if (QIODevice *device = m_out.device()) {
        device->write(bytes);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
        return;
    }
    if (QString *string = m_out.string()) {
        string->append(QString::fromUtf8(bytes));
        return;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Output::text(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Output::error(const QString &text)
{
    m_err << QStringLiteral("pullscope-cli: ") << Redaction::redact(text) << '\n';
    m_err.flush();
}
