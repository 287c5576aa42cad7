// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/kubeworkspace.h"

#include "model/core/threadcheck.h"
#include "model/core/tr.h"
#include "model/kube/kubereader.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

void KubeWorkspace::addFile(KubeFile file)
{
    replaceFile(std::move(file));
}

void KubeWorkspace::replaceFile(KubeFile file)
{
    for (KubeFile &existing : m_files) {
        if (existing.path == file.path) {
            existing = std::move(file);
            return;
        }
    }
    m_files.append(std::move(file));
}

bool KubeWorkspace::removeFile(const QString &path)
{
    return m_files.removeIf([&](const KubeFile &f) {
        return f.path == path;
    }) > 0;
}

const KubeFile *KubeWorkspace::file(const QString &path) const
{
    for (const KubeFile &f : m_files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QList<const KubeObject *> KubeWorkspace::objects() const
{
    QList<const KubeObject *> out;
    for (const KubeFile &f : m_files) {
        for (const KubeObject &o : f.objects)
            out.append(&o);
    }
    return out;
}

const KubeObject *
KubeWorkspace::find(const QString &kind, const QString &ns, const QString &name) const
{
    // The last definition wins, as a later `kubectl apply` of the same object would.
    const KubeObject *found = nullptr;
    for (const KubeFile &f : m_files) {
        for (const KubeObject &o : f.objects) {
            if (o.kind == kind && o.name.value == name && o.effectiveNamespace() == ns)
                found = &o;
        }
    }
    return found;
}

const KubeObject *KubeWorkspace::findSecret(const QString &ns, const QString &name) const
{
    return find(QStringLiteral("Secret"), ns, name);
}

const KubeObject *KubeWorkspace::findServiceAccount(const QString &ns, const QString &name) const
{
    return find(QStringLiteral("ServiceAccount"), ns, name);
}

QList<const KubeObject *> KubeWorkspace::findSecretElsewhere(const QString &ns,
                                                             const QString &name) const
{
    QList<const KubeObject *> out;
    for (const KubeObject *o : objects()) {
        if (o->kind == QLatin1String("Secret") && o->name.value == name
            && o->effectiveNamespace() != ns)
            out.append(o);
    }
    return out;
}

QList<const KubeObject *> KubeWorkspace::podObjects() const
{
    QList<const KubeObject *> out;
    for (const KubeObject *o : objects()) {
        if (o->podSpec)
            out.append(o);
    }
    return out;
}

Result<KubeWorkspace> KubeWorkspace::load(const QStringList &pathsOrFolders)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    KubeWorkspace ws;
    for (const QString &path : pathsOrFolders) {
        const QFileInfo info(path);
        if (!info.exists()) {
            //: %1 is a file or folder name
            return Error(ErrorCode::Io, Tr::tr("%1: no such file or folder").arg(path)).at(path, 0);
        }
        QStringList files;
        if (info.isDir()) {
            QDirIterator it(
                path,
                {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                QDir::Files | QDir::Readable,
                QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            std::sort(files.begin(), files.end());
        } else {
            files.append(path);
        }
        for (const QString &file : files) {
            KubeFile read = KubeReader::readFile(file);
            for (const Error &e : read.errors) {
                if (e.code == ErrorCode::Io)
                    return e;
            }
            ws.addFile(std::move(read));
        }
    }
    return ws;
}
