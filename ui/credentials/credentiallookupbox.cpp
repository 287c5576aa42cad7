// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/credentials/credentiallookupbox.h"

#include "model/auth/keychainstore.h"
#include "model/items/credentialtablemodel.h"
#include "model/reference/imagereference.h"
#include "model/registry/registryconfigstore.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CredentialLookupBox::CredentialLookupBox(QWidget *parent)
    : QGroupBox(tr("Which credential would be used for this image, and why?"), parent)
    , m_reference(new QLineEdit(this))
    , m_explain(new QPushButton(tr("Explain"), this))
    , m_verdict(new QLabel(this))
    , m_steps(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("credentialLookupBox"));
    m_reference->setObjectName(QStringLiteral("lookupReferenceEdit"));
    m_reference->setPlaceholderText(tr("Image, e.g. registry.example.com/team/app:1.0 or busybox"));
    m_reference->setClearButtonEnabled(true);
    m_explain->setObjectName(QStringLiteral("lookupExplainButton"));
    m_verdict->setObjectName(QStringLiteral("lookupVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setObjectName(QStringLiteral("lookupSteps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Source"), tr("Outcome")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setWordWrap(false);
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_steps->setColumnWidth(0, 420);
    m_steps->setMinimumHeight(110);
    m_steps->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_reference, 1);
    row->addWidget(m_explain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_verdict);
    layout->addWidget(m_steps, 1);
    // Keeps the input at the top while there are no steps to show.
    layout->addStretch(0);
    m_verdict->setText(tr("Type an image and press Explain: Pullscope shows each place it looks, "
                          "in order, and what it found there."));

    connect(m_explain, &QPushButton::clicked, this, &CredentialLookupBox::explain);
    connect(m_reference, &QLineEdit::returnPressed, this, &CredentialLookupBox::explain);
}

QString CredentialLookupBox::verdictText() const
{
    return m_verdict->text();
}

void CredentialLookupBox::explain()
{
    if (m_lookup) {
        m_lookup->cancel();
        m_lookup->deleteLater();
    }
    m_steps->clear();
    m_verdict->show();
    const auto parsed = ImageReference::parseNormalized(m_reference->text().trimmed());
    if (!parsed) {
        m_verdict->setText(parsed.error().message);
        m_steps->hide();
        Q_EMIT explained();
        return;
    }
    const QString host = parsed->domain();
    CredentialSources sources = CredentialSources::fromEnvironment(m_env);
    // RegistryClient::credentialFor: a configured registry's auth file comes first for its host.
    if (m_store) {
        for (const RegistryConfig &c : m_store->registries()) {
            if (c.hostKey() == host && !c.authFile.isEmpty()) {
                sources.files.prepend({c.authFile,
                                       AuthFile::Format::ContainersAuth,
                                       tr("auth file of registry \"%1\"").arg(c.name)});
                break;
            }
        }
    }
    m_verdict->setText(tr("Looking…"));
    auto *lookup = new CredentialLookup(sources, host, parsed->path(), this);
    m_lookup = lookup;
    connect(lookup, &CredentialLookup::finished, this, [this, lookup, host] {
        lookup->deleteLater();
        if (m_lookup == lookup)
            showResult(lookup, host);
    });
    lookup->start();
}

void CredentialLookupBox::addStep(const QString &source,
                                  const QString &outcome,
                                  bool matched,
                                  bool problem)
{
    auto *item = new QTreeWidgetItem(m_steps);
    item->setText(0, source);
    item->setText(1, outcome);
    item->setToolTip(0, source);
    item->setToolTip(1, outcome);
    if (matched) {
        QFont bold = item->font(1);
        bold.setWeight(QFont::DemiBold);
        item->setFont(0, bold);
        item->setFont(1, bold);
    }
    if (problem) {
        item->setForeground(1, QColor(0xc5, 0x22, 0x1f));
        item->setData(0, Qt::UserRole, true);
    }
}

void CredentialLookupBox::showResult(CredentialLookup *lookup, const QString &host)
{
    for (const CredentialLookup::Step &s : lookup->steps())
        addStep(s.source, s.outcome, s.matched, s.problem);
    const Result<Credential> &r = lookup->result();
    if (!r) {
        m_verdict->setText(r.error().message);
    } else if (r->isAnonymous()) {
        const bool inKeyring = m_keychain && m_keychain->logins().contains(host);
        if (inKeyring) {
            addStep(tr("desktop keyring"),
                    tr("has a login for %1 (user %2), stored by Pullscope")
                        .arg(host, m_keychain->logins().value(host)),
                    true,
                    false);
            m_verdict->setText(tr("Pullscope's login in the desktop keyring: user %1. Docker, "
                                  "podman and skopeo do not see it.")
                                   .arg(m_keychain->logins().value(host)));
        } else {
            m_verdict->setText(
                tr("No credential: requests to %1 go anonymously. Pulls of public images work; "
                   "private ones fail with \"unauthorized\".")
                    .arg(host));
        }
    } else {
        const Credential &c = *r;
        QString who = c.kind == Credential::Kind::Password
            ? tr("user %1, password %2").arg(c.username, c.maskedSecret())
            : CredentialTableModel::kindName(c.kind) + QLatin1Char(' ') + c.maskedSecret();
        QString from = c.originPath.isEmpty() ? Credential::originName(c.origin)
                                              : QDir::toNativeSeparators(c.originPath);
        //: %1 who (user and masked password), %2 where from
        m_verdict->setText(tr("Chosen: %1, from %2.").arg(who, from));
    }
    m_steps->setVisible(m_steps->topLevelItemCount() > 0);
    Q_EMIT explained();
}
