// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/pull/pulljob.h"
#include "model/reference/imagereference.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Asks what to pull: an image reference (validated as typed with the engine's parser, whose
// message is shown), which platform (this machine's, a chosen one, or all) and how many blobs
// to download at once. Pull is enabled only when both the reference and the platform parse.
// The caller starts the pull on accepted(). GUI thread.
class PullDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PullDialog(QWidget *parent = nullptr);

    // Prefills the reference field (the Inspector's or a tag's reference).
    void setReferenceText(const QString &text);
    QString referenceText() const;

    // What to pull: the typed reference, normalized, with ":latest" when it names neither a tag
    // nor a digest (as docker pull does); the parser's error otherwise.
    Result<ImageReference> reference() const;
    // The platform choice and parallel downloads.
    PullOptions options() const;
    // Both the reference and the chosen platform parse.
    bool isValid() const;

    // The common platforms the platform box offers.
    static QStringList commonPlatforms();

    QPushButton *pullButton() const { return m_pull; }

private:
    void validate();

    QLineEdit *m_reference;
    QLabel *m_referenceMessage;
    QRadioButton *m_host;
    QRadioButton *m_given;
    QComboBox *m_platform;
    QLabel *m_platformMessage;
    QRadioButton *m_all;
    QSpinBox *m_jobs;
    QDialogButtonBox *m_buttons;
    QPushButton *m_pull;
};
