// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Makes a kubernetes.io/dockerconfigjson Secret as `kubectl create secret docker-registry
// NAME --docker-server S --docker-username U --docker-password P [--docker-email E] -n NS
// --dry-run=client -o yaml` prints it (DockerRegistrySecret), and shows the YAML it will write.
// The password is masked in its field unless "Show" is checked, and the preview masks the
// secret data unless "Show secret data" is checked. The YAML goes into the current document,
// a new document or a file.
class SecretGeneratorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecretGeneratorDialog(QWidget *parent = nullptr);

    // Prefills the namespace field.
    void setNamespace(const QString &ns);
    // Whether "Insert into Current File" is offered.
    void setCanInsert(bool can);

    // The YAML the dialog writes (kubectl's bytes); empty while the input is incomplete.
    QByteArray yaml() const;
    // The text of the preview as shown.
    QString previewText() const;
    // Why the input is not complete yet (translated), or empty.
    QString problem() const;

    // yaml with every value under "data:" replaced by a mask that gives its length.
    static QString maskData(const QString &yaml);

Q_SIGNALS:
    // Append the YAML to the current document as a new document.
    void insertRequested(const QByteArray &yaml);
    // Open the YAML as a new document.
    void newDocumentRequested(const QByteArray &yaml);

private:
    void updatePreview();
    void saveToFile();

    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QCheckBox *m_showPassword;
    QLineEdit *m_email;
    QLineEdit *m_namespace;
    QLineEdit *m_name;
    QPlainTextEdit *m_preview;
    QCheckBox *m_reveal;
    QLabel *m_problem;
    QLabel *m_contents;
    QDialogButtonBox *m_buttons;
    QPushButton *m_insert;
    QPushButton *m_newDocument;
    QPushButton *m_save;
};
