// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/reference/imagereference.h"
#include "model/registry/descriptor.h"
#include "model/registry/inspectjob.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class ErrorBanner;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class RegistryClient;

// The Inspector: everything about one image reference in tabs (Overview, Platforms, Layers,
// Config, Referrers, Raw JSON), with one-click copies of the reference by tag and pinned by
// digest. inspect() runs an InspectJob, then a ReferrersJob and one manifest GET per platform
// of an index (for each platform's image size); a newer inspect() abandons the older one.
// Errors appear inline with the engine's message. showResult() and showReferrers() take canned
// data (tests, or a caller that already has it). GUI thread.
class InspectorWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

    // client: not owned, must outlive the widget; null disables inspect().
    void setClient(RegistryClient *client);

    // Shows reference (a tag or digest reference) and starts fetching its details. A digest
    // already known (from the tag table) is shown, and can be copied, at once.
    void inspect(const ImageReference &reference, const Digest &knownDigest = {});
    // Shows a finished inspection without the network.
    void showResult(const InspectResult &result);
    // Shows the Referrers tab's content; usedTagSchema: found through the tag fallback.
    void showReferrers(const Result<QList<Descriptor>> &referrers, bool usedTagSchema);
    // Shows an error for the current reference, inline.
    void showError(const Error &error);
    // Back to "select a tag".
    void clear();

    bool isBusy() const;

    // "host/repo:tag" and "host/repo@sha256:..." of what is shown (empty when unknown).
    QString reference() const { return m_referenceText; }

    QString pinnedReference() const { return m_pinnedText; }

    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // The inspection (not its referrers) finished, with or without an error.
    void inspected();
    // A copy button put text on the clipboard (for a status line).
    void copied(const QString &text);
    // The Pull… button: the user wants to pull reference ("host/repo:tag").
    void pullRequested(const QString &reference);

private:
    QWidget *createOverviewTab();
    QWidget *createRawTab();
    void setHeader(const ImageReference &reference);
    void fillOverview(const InspectResult &r);
    void fillPlatforms(const InspectResult &r);
    void fillLayers(const InspectResult &r);
    void fillConfig(const InspectResult &r);
    void fillRaw(const InspectResult &r);
    void showRaw(int choice);
    void startReferrers(const InspectResult &r);
    void startPlatformSizes(const InspectResult &r);
    void copyText(const QString &text);

    RegistryClient *m_client = nullptr;
    QPointer<InspectJob> m_job;
    QList<QPointer<QObject>> m_sideJobs;
    quint64 m_generation = 0;
    ImageReference m_reference;
    QString m_referenceText;
    QString m_pinnedText;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_busy;
    ErrorBanner *m_error;
    QPushButton *m_copyReference;
    QPushButton *m_copyPinned;
    QPushButton *m_pull = nullptr;
    QTabWidget *m_tabs;
    QFormLayout *m_overview = nullptr;
    QLabel *m_ovReference = nullptr;
    QLabel *m_ovDigest = nullptr;
    QLabel *m_ovMediaType = nullptr;
    QLabel *m_ovSize = nullptr;
    QLabel *m_ovCreated = nullptr;
    QLabel *m_ovPlatform = nullptr;
    QLabel *m_ovRateLimit = nullptr;
    QTreeWidget *m_platforms;
    QTreeWidget *m_layers;
    QTreeWidget *m_config;
    QTreeWidget *m_referrers;
    QLabel *m_referrersNote;
    QComboBox *m_rawChoice = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QList<QByteArray> m_rawDocuments;
};
