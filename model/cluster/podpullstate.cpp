// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/cluster/podpullstate.h"

#include <QHash>
#include <QJsonArray>

const QStringList &PodPullState::pullReasons()
{
    static const QStringList reasons{QStringLiteral("ImagePullBackOff"),
                                     QStringLiteral("ErrImagePull"),
                                     QStringLiteral("InvalidImageName"),
                                     QStringLiteral("ErrImageNeverPull"),
                                     QStringLiteral("ImageInspectError"),
                                     QStringLiteral("RegistryUnavailable"),
                                     QStringLiteral("SignatureValidationFailed")};
    return reasons;
}

namespace {
QString waitingReason(const QJsonObject &status)
{
    return status.value(QStringLiteral("state"))
        .toObject()
        .value(QStringLiteral("waiting"))
        .toObject()
        .value(QStringLiteral("reason"))
        .toString();
}

QJsonObject terminated(const QJsonObject &status)
{
    return status.value(QStringLiteral("state"))
        .toObject()
        .value(QStringLiteral("terminated"))
        .toObject();
}
} // namespace

PodPullState PodPullState::fromPod(const QJsonObject &pod)
{
    PodPullState p;
    const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = pod.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
    p.namespaceName = metadata.value(QStringLiteral("namespace")).toString();
    p.name = metadata.value(QStringLiteral("name")).toString();
    p.nodeName = spec.value(QStringLiteral("nodeName")).toString();
    p.phase = status.value(QStringLiteral("phase")).toString();

    // The images the spec names, by container name (status.image may be the runtime's
    // resolved form, docs/reference/cluster-api.md §3.3).
    QHash<QString, QString> images;
    for (const char *key : {"initContainers", "containers", "ephemeralContainers"}) {
        for (const QJsonValue &c : spec.value(QLatin1String(key)).toArray())
            images.insert(c.toObject().value(QStringLiteral("name")).toString(),
                          c.toObject().value(QStringLiteral("image")).toString());
    }

    const struct
    {
        const char *key;
        Container::Kind kind;
    } lists[] = {{"initContainerStatuses", Container::Kind::Init},
                 {"containerStatuses", Container::Kind::Regular},
                 {"ephemeralContainerStatuses", Container::Kind::Ephemeral}};

    for (const auto &list : lists) {
        for (const QJsonValue &v : status.value(QLatin1String(list.key)).toArray()) {
            const QJsonObject s = v.toObject();
            const QString reason = waitingReason(s);
            if (!pullReasons().contains(reason))
                continue;
            Container c;
            c.kind = list.kind;
            c.name = s.value(QStringLiteral("name")).toString();
            c.image = images.value(c.name, s.value(QStringLiteral("image")).toString());
            c.reason = reason;
            c.message = s.value(QStringLiteral("state"))
                            .toObject()
                            .value(QStringLiteral("waiting"))
                            .toObject()
                            .value(QStringLiteral("message"))
                            .toString();
            c.restartCount = s.value(QStringLiteral("restartCount")).toInt();
            p.waitingOnImages.append(c);
        }
    }

    // kubectl printers.go printPod: the phase (or status.reason); the first init container not
    // done gives "Init:<reason>" (or "Init:i/n"); else the containers from last to first, each
    // waiting or terminated reason overwriting the one before.
    p.status = status.value(QStringLiteral("reason")).toString();
    if (p.status.isEmpty())
        p.status = p.phase;
    bool initializing = false;
    const QJsonArray inits = status.value(QStringLiteral("initContainerStatuses")).toArray();
    const qsizetype initCount = spec.value(QStringLiteral("initContainers")).toArray().size();
    for (qsizetype i = 0; i < inits.size(); ++i) {
        const QJsonObject s = inits.at(i).toObject();
        const QJsonObject done = terminated(s);
        if (!done.isEmpty() && done.value(QStringLiteral("exitCode")).toInt() == 0)
            continue;
        const QString reason = waitingReason(s);
        if (!done.isEmpty()) {
            const QString why = done.value(QStringLiteral("reason")).toString();
            p.status = QStringLiteral("Init:")
                + (why.isEmpty() ? QStringLiteral("ExitCode:%1")
                                       .arg(done.value(QStringLiteral("exitCode")).toInt())
                                 : why);
        } else if (!reason.isEmpty() && reason != QLatin1String("PodInitializing")) {
            p.status = QStringLiteral("Init:") + reason;
        } else {
            p.status = QStringLiteral("Init:%1/%2").arg(i).arg(initCount);
        }
        initializing = true;
        break;
    }
    if (!initializing) {
        const QJsonArray containers = status.value(QStringLiteral("containerStatuses")).toArray();
        for (qsizetype i = containers.size() - 1; i >= 0; --i) {
            const QJsonObject s = containers.at(i).toObject();
            const QString waiting = waitingReason(s);
            const QString ended = terminated(s).value(QStringLiteral("reason")).toString();
            if (!waiting.isEmpty())
                p.status = waiting;
            else if (!ended.isEmpty())
                p.status = ended;
        }
    }
    return p;
}
