// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inspector/inspectorwidget.h"

#include "model/registry/manifestjob.h"
#include "model/registry/referrersjob.h"
#include "ui/common/errorbanner.h"
#include "ui/inspector/jsonhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QTreeWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QString::fromLatin1(name));
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setFrameShape(QFrame::NoFrame);
    tree->header()->setStretchLastSection(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    return tree;
}

QString byteSize(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes);
}

QString shortDigest(const Digest &d)
{
    return d.toString().left(19);
}

QString pretty(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isNull() ? QString::fromUtf8(json)
                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// A shell-like rendering of an exec-form list: ["sh", "-c", "echo hi"] -> sh -c "echo hi".
QString commandLine(const QStringList &args)
{
    QStringList out;
    for (const QString &a : args)
        out << (a.contains(QLatin1Char(' ')) || a.isEmpty()
                    ? QLatin1Char('"') + a + QLatin1Char('"')
                    : a);
    return out.join(QLatin1Char(' '));
}
} // namespace

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("inspector"));
    m_placeholder = new QLabel(tr("Select a tag to inspect its platforms, layers and "
                                  "configuration."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("inspectorPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QPalette placeholderPalette = m_placeholder->palette();
    placeholderPalette.setColor(QPalette::WindowText,
                                placeholderPalette.color(QPalette::PlaceholderText));
    m_placeholder->setPalette(placeholderPalette);

    auto *content = new QWidget(this);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_copyReference = new QPushButton(tr("Copy reference"), content);
    m_copyReference->setObjectName(QStringLiteral("copyReferenceButton"));
    m_copyReference->setToolTip(tr("Copy the reference by tag"));
    m_copyPinned = new QPushButton(tr("Copy pinned by digest"), content);
    m_copyPinned->setObjectName(QStringLiteral("copyPinnedButton"));
    m_copyPinned->setToolTip(tr("Copy repository@digest: what a Pod should use to get exactly "
                                "this image"));
    m_pull = new QPushButton(tr("Pull…"), content);
    m_pull->setObjectName(QStringLiteral("pullButton"));
    m_pull->setToolTip(tr("Pull this image into the local store"));
    connect(m_pull, &QPushButton::clicked, this, [this] {
        Q_EMIT pullRequested(m_referenceText);
    });
    connect(m_copyReference, &QPushButton::clicked, this, [this] {
        copyText(m_referenceText);
    });
    connect(m_copyPinned, &QPushButton::clicked, this, [this] {
        copyText(m_pinnedText);
    });
    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_title, 1);
    header->addWidget(m_copyReference);
    header->addWidget(m_copyPinned);
    header->addWidget(m_pull);

    m_busy = new QLabel(tr("Inspecting…"), content);
    m_busy->setObjectName(QStringLiteral("inspectorBusy"));
    m_error = new ErrorBanner(content);
    m_error->setObjectName(QStringLiteral("inspectorError"));

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverviewTab(), tr("Overview"));
    m_platforms =
        table(m_tabs,
              "platformsTree",
              {tr("Platform"), tr("Digest"), tr("Image size"), tr("Manifest"), tr("Media type")});
    m_tabs->addTab(m_platforms, tr("Platforms"));
    m_layers = table(m_tabs,
                     "layersTree",
                     {tr("#"), tr("Size"), tr("Media type"), tr("Digest"), tr("Created by")});
    m_tabs->addTab(m_layers, tr("Layers"));
    m_config = table(m_tabs, "configTree", {tr("Setting"), tr("Value")});
    m_config->setRootIsDecorated(true);
    m_tabs->addTab(m_config, tr("Config"));
    auto *referrersTab = new QWidget(m_tabs);
    m_referrers = table(referrersTab,
                        "referrersTree",
                        {tr("Artifact type"), tr("Digest"), tr("Size"), tr("Media type")});
    m_referrersNote = new QLabel(referrersTab);
    m_referrersNote->setObjectName(QStringLiteral("referrersNote"));
    m_referrersNote->setWordWrap(true);
    m_referrersNote->setMargin(6);
    auto *referrersLayout = new QVBoxLayout(referrersTab);
    referrersLayout->setContentsMargins(0, 0, 0, 0);
    referrersLayout->addWidget(m_referrersNote);
    referrersLayout->addWidget(m_referrers, 1);
    m_tabs->addTab(referrersTab, tr("Referrers"));
    m_tabs->addTab(createRawTab(), tr("Raw JSON"));

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 8);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_busy);
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

InspectorWidget::~InspectorWidget()
{
    ++m_generation;
    delete m_job.data();
    for (const QPointer<QObject> &job : std::as_const(m_sideJobs))
        delete job.data();
}

QWidget *InspectorWidget::createOverviewTab()
{
    auto *tab = new QWidget(this);
    m_overview = new QFormLayout(tab);
    m_overview->setContentsMargins(8, 12, 8, 8);
    m_overview->setHorizontalSpacing(16);
    m_overview->setVerticalSpacing(8);
    m_ovReference = valueLabel(tab, "overviewReference");
    m_ovDigest = valueLabel(tab, "overviewDigest");
    m_ovDigest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ovMediaType = valueLabel(tab, "overviewMediaType");
    m_ovSize = valueLabel(tab, "overviewSize");
    m_ovCreated = valueLabel(tab, "overviewCreated");
    m_ovPlatform = valueLabel(tab, "overviewPlatform");
    m_ovRateLimit = valueLabel(tab, "overviewRateLimit");
    m_overview->addRow(tr("Reference:"), m_ovReference);
    m_overview->addRow(tr("Digest:"), m_ovDigest);
    m_overview->addRow(tr("Media type:"), m_ovMediaType);
    m_overview->addRow(tr("Size:"), m_ovSize);
    m_overview->addRow(tr("Created:"), m_ovCreated);
    m_overview->addRow(tr("Details for:"), m_ovPlatform);
    m_overview->addRow(tr("Rate limit:"), m_ovRateLimit);
    return tab;
}

QWidget *InspectorWidget::createRawTab()
{
    auto *tab = new QWidget(this);
    m_rawChoice = new QComboBox(tab);
    m_rawChoice->setObjectName(QStringLiteral("rawChoice"));
    m_raw = new QPlainTextEdit(tab);
    m_raw->setObjectName(QStringLiteral("rawJson"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setFrameShape(QFrame::NoFrame);
    new JsonHighlighter(m_raw->document(), palette().color(QPalette::Base).lightness() < 128);
    auto *note = new QLabel(tr("Indented for reading; digests cover the bytes as the registry "
                               "served them."),
                            tab);
    QPalette notePalette = note->palette();
    notePalette.setColor(QPalette::WindowText, notePalette.color(QPalette::PlaceholderText));
    note->setPalette(notePalette);
    auto *row = new QHBoxLayout;
    row->addWidget(m_rawChoice);
    row->addWidget(note, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_raw, 1);
    connect(m_rawChoice, &QComboBox::currentIndexChanged, this, &InspectorWidget::showRaw);
    return tab;
}

void InspectorWidget::setClient(RegistryClient *client)
{
    m_client = client;
}

bool InspectorWidget::isBusy() const
{
    return !m_job.isNull();
}

void InspectorWidget::clear()
{
    ++m_generation;
    delete m_job.data();
    for (const QPointer<QObject> &job : std::as_const(m_sideJobs))
        delete job.data();
    m_sideJobs.clear();
    m_reference = ImageReference();
    m_referenceText.clear();
    m_pinnedText.clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void InspectorWidget::setHeader(const ImageReference &reference)
{
    m_reference = reference;
    m_referenceText = reference.toString();
    m_pinnedText.clear();
    m_title->setText(m_referenceText);
    m_copyReference->setEnabled(reference.hasTag() || reference.hasDigest());
    m_pull->setEnabled(reference.hasTag() || reference.hasDigest());
    m_copyPinned->setEnabled(false);
    m_error->clear();
    m_stack->setCurrentIndex(1);
    for (QLabel *l : {m_ovReference,
                      m_ovDigest,
                      m_ovMediaType,
                      m_ovSize,
                      m_ovCreated,
                      m_ovPlatform,
                      m_ovRateLimit})
        l->clear();
    m_ovReference->setText(m_referenceText);
    m_platforms->clear();
    m_layers->clear();
    m_config->clear();
    m_referrers->clear();
    m_referrersNote->clear();
    m_rawDocuments.clear();
    m_rawChoice->clear();
    m_raw->clear();
}

void InspectorWidget::inspect(const ImageReference &reference, const Digest &knownDigest)
{
    clear();
    setHeader(reference);
    if (knownDigest.isValid()) {
        auto pinned = reference.trimmed().withDigest(knownDigest);
        m_pinnedText = pinned ? pinned->toString() : QString();
        m_copyPinned->setEnabled(!m_pinnedText.isEmpty());
        m_ovDigest->setText(knownDigest.toString());
    }
    if (!m_client) {
        showError(
            Error(ErrorCode::Internal, tr("Pullscope has no network connection for registries.")));
        return;
    }
    m_busy->show();
    const quint64 generation = m_generation;
    auto *job = new InspectJob(m_client, reference, this);
    m_job = job;
    connect(job, &InspectJob::finished, this, [this, job, generation] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        m_job = nullptr;
        if (!job->result()) {
            showError(job->result().error());
            Q_EMIT inspected();
            return;
        }
        showResult(*job->result());
        startReferrers(*job->result());
        startPlatformSizes(*job->result());
        Q_EMIT inspected();
    });
    job->start();
}

void InspectorWidget::showError(const Error &error)
{
    m_busy->hide();
    m_stack->setCurrentIndex(1);
    m_error->setError(error.message.isEmpty() ? Error::codeName(error.code) : error.message);
}

void InspectorWidget::showResult(const InspectResult &result)
{
    if (m_reference != result.reference)
        setHeader(result.reference);
    m_busy->hide();
    m_error->clear();
    auto pinned = result.reference.trimmed().withDigest(result.top.digest());
    m_pinnedText = pinned ? pinned->toString() : QString();
    m_copyPinned->setEnabled(!m_pinnedText.isEmpty());
    fillOverview(result);
    fillPlatforms(result);
    fillLayers(result);
    fillConfig(result);
    fillRaw(result);
}

void InspectorWidget::fillOverview(const InspectResult &r)
{
    m_ovDigest->setText(r.top.digest().toString());
    m_ovMediaType->setText(r.top.mediaType());
    // The layers are what a pull downloads and what the tag table shows; config and manifest
    // are small and listed apart.
    m_ovSize->setText(
        tr("%1 in %n layer(s); config %2, manifest %3", nullptr, int(r.manifest.layers().size()))
            .arg(byteSize(r.manifest.layersSize()),
                 byteSize(r.manifest.config().size),
                 byteSize(r.top.size())));
    m_ovCreated->setText(
        r.config.created.isValid()
            ? QLocale().toString(r.config.created.toLocalTime(), QLocale::LongFormat)
            : tr("Not recorded"));
    if (r.top.isIndex()) {
        //: %1 is a platform such as linux/amd64, %2 how many the index lists
        m_ovPlatform->setText(tr("%1 (this computer's platform; the index lists %n platform(s))",
                                 nullptr,
                                 int(std::count_if(r.platforms.begin(),
                                                   r.platforms.end(),
                                                   [](const auto &p) {
                                                       return !p.attestation;
                                                   })))
                                  .arg(r.chosenPlatform.format()));
    } else {
        m_ovPlatform->setText(r.chosenPlatform.format());
    }
    const QString limit = r.rateLimit.describe();
    m_ovRateLimit->setText(limit.isEmpty() ? tr("Not reported by this registry") : limit);
}

void InspectorWidget::fillPlatforms(const InspectResult &r)
{
    m_platforms->clear();
    for (const InspectResult::PlatformEntry &p : r.platforms) {
        auto *item = new QTreeWidgetItem(m_platforms);
        QString name = p.platform ? p.platform->format() : tr("(no platform)");
        if (p.attestation)
            name = tr("attestation");
        item->setText(0, name);
        item->setText(1, shortDigest(p.digest));
        item->setToolTip(1, p.digest.toString());
        item->setData(1, Qt::UserRole, p.digest.toString());
        item->setText(3, byteSize(p.size));
        item->setText(4, p.mediaType);
        if (!r.top.isIndex())
            item->setText(2, byteSize(r.manifest.layersSize()));
        else if (p.digest == r.manifest.digest())
            item->setText(2, byteSize(r.manifest.layersSize()));
        if (p.attestation) {
            QFont f = item->font(0);
            f.setItalic(true);
            for (int c = 0; c < 5; ++c) {
                item->setFont(c, f);
                item->setForeground(c, palette().brush(QPalette::PlaceholderText));
            }
            item->setToolTip(0,
                             tr("A build attestation (provenance or SBOM), not a runnable image"));
        }
        if (p.platform && r.chosenPlatform == *p.platform && !p.attestation) {
            QFont f = item->font(0);
            f.setWeight(QFont::DemiBold);
            item->setFont(0, f);
            item->setToolTip(0, tr("The image this computer would pull"));
        }
    }
    for (int c = 0; c < 4; ++c)
        m_platforms->resizeColumnToContents(c);
}

void InspectorWidget::fillLayers(const InspectResult &r)
{
    m_layers->clear();
    const QList<Descriptor> &layers = r.manifest.layers();
    const QStringList history = r.config.layerHistory(int(layers.size()));
    for (int i = 0; i < layers.size(); ++i) {
        const Descriptor &l = layers.at(i);
        auto *item = new QTreeWidgetItem(m_layers);
        item->setText(0, QString::number(i + 1));
        item->setText(1, byteSize(l.size));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, l.mediaType);
        item->setText(3, shortDigest(l.digest));
        item->setToolTip(3, l.digest.toString());
        const QString line = history.value(i).simplified();
        item->setText(4, line);
        item->setToolTip(4, history.value(i));
    }
    for (int c = 0; c < 4; ++c)
        m_layers->resizeColumnToContents(c);
}

void InspectorWidget::fillConfig(const InspectResult &r)
{
    m_config->clear();
    const ImageConfig &c = r.config;
    const auto add = [this](const QString &key, const QString &value) {
        auto *item = new QTreeWidgetItem(m_config, {key, value});
        item->setToolTip(1, value);
        return item;
    };
    const auto addList = [&](const QString &key, const QStringList &values) {
        QTreeWidgetItem *item = add(key, values.isEmpty() ? tr("None") : QString());
        for (const QString &v : values)
            new QTreeWidgetItem(item, {QString(), v});
        item->setExpanded(true);
    };
    add(tr("User"), c.user.isEmpty() ? tr("root (not set)") : c.user);
    add(tr("Working directory"), c.workingDir.isEmpty() ? tr("/ (not set)") : c.workingDir);
    add(tr("Entrypoint"), c.entrypoint.isEmpty() ? tr("None") : commandLine(c.entrypoint));
    add(tr("Command"), c.cmd.isEmpty() ? tr("None") : commandLine(c.cmd));
    addList(tr("Environment"), c.env);
    addList(tr("Exposed ports"), c.exposedPorts);
    QStringList labels;
    for (auto it = c.labels.cbegin(); it != c.labels.cend(); ++it)
        labels << it.key() + QLatin1Char('=') + it.value();
    addList(tr("Labels"), labels);
    if (!c.volumes.isEmpty())
        addList(tr("Volumes"), c.volumes);
    if (!c.stopSignal.isEmpty())
        add(tr("Stop signal"), c.stopSignal);
    if (!c.author.isEmpty())
        add(tr("Author"), c.author);
    add(tr("Platform"), Platform(c.os, c.architecture, c.variant).format());
    m_config->resizeColumnToContents(0);
}

void InspectorWidget::fillRaw(const InspectResult &r)
{
    const QSignalBlocker blocker(m_rawChoice);
    m_rawChoice->clear();
    m_rawDocuments.clear();
    m_rawChoice->addItem(r.top.isIndex() ? tr("Index") : tr("Manifest"));
    m_rawDocuments << r.top.raw();
    if (r.top.isIndex()) {
        //: %1 is a platform such as linux/amd64
        m_rawChoice->addItem(tr("Manifest for %1").arg(r.chosenPlatform.format()));
        m_rawDocuments << r.manifest.raw();
    }
    m_rawChoice->addItem(tr("Config"));
    m_rawDocuments << r.configRaw;
    m_rawChoice->setCurrentIndex(0);
    showRaw(0);
}

void InspectorWidget::showRaw(int choice)
{
    m_raw->setPlainText(choice >= 0 && choice < m_rawDocuments.size()
                            ? pretty(m_rawDocuments.at(choice))
                            : QString());
}

void InspectorWidget::showReferrers(const Result<QList<Descriptor>> &referrers, bool usedTagSchema)
{
    m_referrers->clear();
    if (!referrers) {
        m_referrersNote->setText(referrers.error().message);
        return;
    }
    for (const Descriptor &d : *referrers) {
        auto *item = new QTreeWidgetItem(m_referrers);
        item->setText(0, d.artifactType.isEmpty() ? d.mediaType : d.artifactType);
        item->setText(1, shortDigest(d.digest));
        item->setToolTip(1, d.digest.toString());
        item->setText(2, byteSize(d.size));
        item->setText(3, d.mediaType);
    }
    QString note = referrers->isEmpty()
        ? tr("Nothing refers to this image (no signatures, SBOMs "
             "or attestations attached).")
        : tr("%n artifact(s) refer to this image.", nullptr, int(referrers->size()));
    if (usedTagSchema)
        note += QLatin1Char(' ')
            + tr("This registry has no referrers API; the referrers tag was read instead.");
    m_referrersNote->setText(note);
    for (int c = 0; c < 3; ++c)
        m_referrers->resizeColumnToContents(c);
}

void InspectorWidget::startReferrers(const InspectResult &r)
{
    m_referrersNote->setText(tr("Looking for referrers…"));
    const quint64 generation = m_generation;
    auto *job = new ReferrersJob(m_client, r.reference.trimmed(), r.top.digest(), this);
    m_sideJobs << job;
    connect(job, &ReferrersJob::finished, this, [this, job, generation] {
        job->deleteLater();
        if (generation == m_generation)
            showReferrers(job->result(), job->usedTagSchema());
    });
    job->start();
}

void InspectorWidget::startPlatformSizes(const InspectResult &r)
{
    if (!r.top.isIndex())
        return;
    // Each platform's own image size needs its manifest; indexes list a handful, so fetch them
    // all at once (the chosen one is already known).
    const quint64 generation = m_generation;
    for (int row = 0; row < r.platforms.size(); ++row) {
        const InspectResult::PlatformEntry &p = r.platforms.at(row);
        if (p.digest == r.manifest.digest())
            continue;
        auto child = r.reference.trimmed().withDigest(p.digest);
        if (!child)
            continue;
        auto *job = new ManifestJob(m_client, *child, ManifestJob::Method::Get, this);
        m_sideJobs << job;
        connect(job, &ManifestJob::finished, this, [this, job, generation, row] {
            job->deleteLater();
            if (generation != m_generation || !job->result() || !job->result()->manifest)
                return;
            if (QTreeWidgetItem *item = m_platforms->topLevelItem(row))
                item->setText(2,
                              byteSize(job->result()->manifest->isImage()
                                           ? job->result()->manifest->layersSize()
                                           : -1));
        });
        job->start();
    }
}

void InspectorWidget::copyText(const QString &text)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(text);
}
