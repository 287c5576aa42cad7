// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/kube/kubefile.h"

#include <QList>
#include <QString>
#include <QStringList>

// A set of read files and lookups over their objects, as a cluster would see them after
// `kubectl apply -f` of every file. A value type; pointers it returns stay valid until the
// workspace is changed.
class KubeWorkspace
{
public:
    // Adds a file (a file with the same path is replaced).
    void addFile(KubeFile file);
    // Replaces the file with the same path, or adds it.
    void replaceFile(KubeFile file);
    // Removes the file with this path; false when there was none.
    bool removeFile(const QString &path);

    // The files in the order they were added.
    const QList<KubeFile> &files() const { return m_files; }

    // The file with this path, or nullptr.
    const KubeFile *file(const QString &path) const;
    // Every object of every file, in file order.
    QList<const KubeObject *> objects() const;
    // The Secret named name in namespace ns, or nullptr (the last one when defined twice).
    const KubeObject *findSecret(const QString &ns, const QString &name) const;
    // The ServiceAccount named name in namespace ns, or nullptr.
    const KubeObject *findServiceAccount(const QString &ns, const QString &name) const;
    // Secrets named name in any namespace other than ns.
    QList<const KubeObject *> findSecretElsewhere(const QString &ns, const QString &name) const;
    // Objects with a pod spec (Pods and workloads).
    QList<const KubeObject *> podObjects() const;

    // Reads files and folders (folders recursively: *.yaml, *.yml, *.json, sorted by path).
    // Fails with an Io error naming the path when a path does not exist or cannot be read.
    // Blocking: never on the GUI thread (ThreadCheck).
    static Result<KubeWorkspace> load(const QStringList &pathsOrFolders);

private:
    const KubeObject *find(const QString &kind, const QString &ns, const QString &name) const;

    QList<KubeFile> m_files;
};
