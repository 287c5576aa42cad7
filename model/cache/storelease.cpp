// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cache/storelease.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

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
    m_lock->unlock();
}

void StoreLease::add(const Digest &digest)
{
    if (m_digests.contains(digest.toString()))
        return;
    m_digests.insert(digest.toString());
    QSaveFile f(m_jsonPath);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(
                    QJsonArray::fromStringList(QStringList(m_digests.begin(), m_digests.end())))
                    .toJson(QJsonDocument::Compact));
        f.commit();
    }
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
