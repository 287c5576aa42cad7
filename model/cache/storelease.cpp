// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cache/storelease.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

StoreLease::StoreLease(const QString &storeRoot)
{
    const QString dir = storeRoot + QStringLiteral("/leases");
    QDir().mkpath(dir);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_jsonPath = QStringLiteral("%1/%2.json").arg(dir, id);
    m_lock = std::make_unique<QLockFile>(QStringLiteral("%1/%2.lock").arg(dir, id));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

StoreLease::~StoreLease()
{
    QFile::remove(m_jsonPath);
    QFile::remove(m_jsonPath + QStringLiteral(".new"));
    m_lock->unlock();
}

void StoreLease::add(const Digest &digest)
{
    add(QList<Digest>{digest});
}

void StoreLease::add(const QList<Digest> &digests)
{
    const qsizetype before = m_digests.size();
    for (const Digest &digest : digests)
        m_digests.insert(digest.toString());
    if (m_digests.size() == before)
        return;
    // Written and renamed, not synced (QSaveFile would fsync on every add, which a pull
    // waits for before its downloads start): after a crash the lease is stale either way.
    const QString temporary = m_jsonPath + QStringLiteral(".new");
    QFile f(temporary);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    f.write(
        QJsonDocument(QJsonArray::fromStringList(QStringList(m_digests.begin(), m_digests.end())))
            .toJson(QJsonDocument::Compact));
    f.close();
    if (f.error() == QFileDevice::NoError)
        std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(m_jsonPath).constData());
}

QSet<QString> StoreLease::protectedDigests(const QString &storeRoot)
{
    QSet<QString> out;
    const QDir dir(storeRoot + QStringLiteral("/leases"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString base = name.chopped(5);
        QLockFile lock(dir.filePath(base + QStringLiteral(".lock")));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            // Nobody holds it: the pull that made it is gone.
            QFile::remove(dir.filePath(name));
            QFile::remove(dir.filePath(name + QStringLiteral(".new")));
            lock.unlock();
            continue;
        }
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
                out.insert(v.toString());
        }
    }
    return out;
}
