// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kube/finding.h"
#include "model/kube/kubefile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ManifestJob;
class RegistryClient;
class WorkspaceDocument;

// The pin-to-digest quick fix: asks the registry for the digest of the image a finding is about
// (a manifest HEAD, which Docker Hub does not count as a pull), then computes the edit against
// the document's last read when the answer arrives (the page moves it onto the text as it is
// then, WorkspaceDocument::rebase()). Never waits on the GUI thread.
class DigestPinner : public QObject
{
    Q_OBJECT
public:
    explicit DigestPinner(QObject *parent = nullptr);
    ~DigestPinner() override;

    // client: not owned; may be null (pinning then fails with a message). Running lookups
    // are cancelled when the client goes away.
    void setClient(RegistryClient *client);

    RegistryClient *client() const;

    // Starts resolving the image finding points at in document. Returns false (and emits
    // failed) when there is no such image or it does not parse.
    bool pin(WorkspaceDocument *document, const Finding &finding);

    // True while a lookup runs.
    bool isBusy() const { return !m_jobs.isEmpty(); }

    // Stops every lookup; nothing is emitted for them.
    void cancelAll();

    // The image scalar a finding is about in file: a container's image or an image volume's
    // reference, matched by object and field path, else by line. Sets *container when it is a
    // container's. nullptr when none.
    static const LocatedValue *imageFor(const KubeFile &file,
                                        const Finding &finding,
                                        const ContainerSpec **container = nullptr);

Q_SIGNALS:
    // A lookup began; image is the reference as written.
    void started(const QString &image);
    // Apply edits to document (one undo step); digest is what the registry answered.
    void pinned(WorkspaceDocument *document, const QList<TextEdit> &edits, const QString &digest);
    // Translated, for the status bar.
    void failed(const QString &message);

private:
    struct Pending
    {
        QPointer<WorkspaceDocument> document;
        Finding finding;
        QString image;
    };

    void onFinished(ManifestJob *job);

    QPointer<RegistryClient> m_client;
    QHash<ManifestJob *, Pending> m_jobs;
};
