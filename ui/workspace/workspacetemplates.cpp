// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace/workspacetemplates.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QMenu>

namespace WorkspaceTemplates {

QList<Template> all()
{
    return {
        {QStringLiteral("pod-tag"),
         //: Template menu entry
         QCoreApplication::translate("WorkspaceTemplates", "Pod with a Tagged Image"),
         QCoreApplication::translate(
             "WorkspaceTemplates",
             "An image chosen by tag, pulled when the node does not have it")},
        {QStringLiteral("pod-digest"),
         //: Template menu entry
         QCoreApplication::translate("WorkspaceTemplates", "Pod with an Image Pinned by Digest"),
         QCoreApplication::translate("WorkspaceTemplates",
                                     "Every node runs exactly the same image")},
        {QStringLiteral("pod-always"),
         //: Template menu entry; "Always" is the imagePullPolicy value, keep it in English
         QCoreApplication::translate("WorkspaceTemplates", "Pod with Pull Policy Always"),
         QCoreApplication::translate("WorkspaceTemplates",
                                     "The registry is asked each time a container starts")},
        {QStringLiteral("pod-private-registry"),
         //: Template menu entry
         QCoreApplication::translate("WorkspaceTemplates",
                                     "Pod from a Private Registry, with Its Secret"),
         QCoreApplication::translate(
             "WorkspaceTemplates",
             "A docker-registry Secret listed in the Pod's imagePullSecrets")},
        {QStringLiteral("serviceaccount-pull-secrets"),
         //: Template menu entry
         QCoreApplication::translate("WorkspaceTemplates", "ServiceAccount with Pull Secrets"),
         QCoreApplication::translate("WorkspaceTemplates",
                                     "Pods running as the ServiceAccount get its pull secrets")},
    };
}

QByteArray text(const QString &id)
{
    QFile file(QStringLiteral(":/templates/%1.yaml").arg(id));
    if (id.contains(QLatin1Char('/')) || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void addActions(QMenu *menu, const std::function<void(const QString &id)> &chosen)
{
    for (const Template &t : all()) {
        QAction *a = menu->addAction(t.title);
        a->setObjectName(QStringLiteral("template_") + t.id);
        a->setStatusTip(t.description);
        a->setToolTip(t.description);
        QObject::connect(a, &QAction::triggered, menu, [chosen, id = t.id] {
            chosen(id);
        });
    }
    menu->setToolTipsVisible(true);
}

} // namespace WorkspaceTemplates
