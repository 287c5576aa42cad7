// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QWidget>

class EmptyState;
class QStackedWidget;
class QTreeWidget;

// The Credentials page: explains where Pullscope finds registry credentials and, on request,
// lists those files on this machine with whether each exists. It never opens them: reading
// credentials is the credential lookup's job (model/auth), and secrets are never shown.
class CredentialsPage : public QWidget
{
    Q_OBJECT
public:
    // One place credentials may live, in the order docker, podman and skopeo consult them.
    struct Location
    {
        QString path;
        QString source; // translated: which tools use it
    };

    explicit CredentialsPage(QWidget *parent = nullptr);

    EmptyState *emptyState() const { return m_empty; }

    // The candidate files for this environment (registry-protocol.md sections 3.1 and 3.3).
    static QList<Location> locations(const QProcessEnvironment &env, const QString &homeDir);

public Q_SLOTS:
    // Checks the locations and shows the list.
    void checkLocations();

private:
    EmptyState *m_empty;
    QStackedWidget *m_stack;
    QTreeWidget *m_table;
};
