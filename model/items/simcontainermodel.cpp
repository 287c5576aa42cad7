// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/simcontainermodel.h"

#include "model/core/tr.h"
#include "model/kubelet/kubelettext.h"

#include <algorithm>

SimContainerModel::SimContainerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SimContainerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SimContainerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimContainerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SimContainerStatus &s = m_rows.at(index.row());
    const qint64 retryIn = s.nextRetryMs >= 0 && s.nextRetryMs > m_now ? s.nextRetryMs - m_now : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PodColumn:
            return s.pod;
        case ContainerColumn:
            return s.container;
        case ImageColumn:
            return s.image;
        case StateColumn:
            return s.state;
        case ReasonColumn:
            return s.reason;
        case AttemptsColumn:
            return s.pullAttempts;
        case NextRetryColumn:
            return countdownText(m_now, s.nextRetryMs);
        case MessageColumn:
            return s.message;
        }
        return {};
    case Qt::ToolTipRole:
        return s.message.isEmpty() ? QVariant() : QVariant(s.message);
    case PodRole:
        return s.pod;
    case ContainerRole:
        return s.container;
    case ImageRole:
        return s.image;
    case StateRole:
        return s.state;
    case ReasonRole:
        return s.reason;
    case MessageRole:
        return s.message;
    case AttemptsRole:
        return s.pullAttempts;
    case NextRetryRole:
        return s.nextRetryMs;
    case RetryInRole:
        return retryIn;
    case IsFailingRole:
        return s.state == QLatin1String("Waiting") && isFailureReason(s.reason);
    case ImageRefRole:
        return s.imageRef;
    }
    return {};
}

QVariant SimContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PodColumn:
        return Tr::tr("Pod");
    case ContainerColumn:
        return Tr::tr("Container");
    case ImageColumn:
        return Tr::tr("Image");
    case StateColumn:
        return Tr::tr("State");
    case ReasonColumn:
        return Tr::tr("Reason");
    case AttemptsColumn:
        //: Column: how many times the kubelet asked the runtime to pull
        return Tr::tr("Pulls");
    case NextRetryColumn:
        return Tr::tr("Next retry");
    case MessageColumn:
        return Tr::tr("Message");
    }
    return {};
}

QHash<int, QByteArray> SimContainerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PodRole, "pod");
    names.insert(ContainerRole, "container");
    names.insert(ImageRole, "image");
    names.insert(StateRole, "state");
    names.insert(ReasonRole, "reason");
    names.insert(MessageRole, "message");
    names.insert(AttemptsRole, "attempts");
    names.insert(NextRetryRole, "nextRetry");
    names.insert(RetryInRole, "retryIn");
    names.insert(IsFailingRole, "isFailing");
    names.insert(ImageRefRole, "imageRef");
    return names;
}

void SimContainerModel::updateContainer(const SimContainerStatus &status)
{
    const int row = rowOf(status.pod, status.container);
    if (row < 0) {
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.append(status);
        endInsertRows();
        return;
    }
    m_rows[row] = status;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SimContainerModel::setContainers(const QList<SimContainerStatus> &statuses)
{
    beginResetModel();
    m_rows = statuses;
    endResetModel();
}

void SimContainerModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_now = 0;
    endResetModel();
}

void SimContainerModel::setNow(qint64 nowMs)
{
    if (nowMs == m_now)
        return;
    m_now = nowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextRetryColumn), index(rowCount() - 1, NextRetryColumn));
}

int SimContainerModel::rowOf(const QString &pod, const QString &container) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).pod == pod && m_rows.at(i).container == container)
            return i;
    }
    return -1;
}

qint64 SimContainerModel::nextRetryMs() const
{
    qint64 next = -1;
    for (const SimContainerStatus &s : m_rows) {
        if (s.nextRetryMs >= 0 && (next < 0 || s.nextRetryMs < next))
            next = s.nextRetryMs;
    }
    return next;
}

bool SimContainerModel::isFailureReason(const QString &reason)
{
    // The image manager's waiting reasons (docs/reference/kubelet-image-pull.md §2.3);
    // ContainerCreating and PodInitializing are the normal ones.
    static const QStringList failures = {
        QStringLiteral("ErrImagePull"),
        QStringLiteral("ImagePullBackOff"),
        QStringLiteral("ErrImageNeverPull"),
        QStringLiteral("InvalidImageName"),
        QStringLiteral("ImageInspectError"),
        QStringLiteral("RegistryUnavailable"),
        QStringLiteral("SignatureValidationFailed"),
        QStringLiteral("CreateContainerConfigError"),
    };
    return failures.contains(reason);
}

QString SimContainerModel::countdownText(qint64 nowMs, qint64 nextRetryMs)
{
    if (nextRetryMs < 0)
        return {};
    if (nextRetryMs <= nowMs)
        //: The backoff window has ended; the retry happens with the next pod sync
        return Tr::tr("due");
    // Rounded up, so "in 1s" shows until the moment it is due, never "in 0s".
    const qint64 ms = ((nextRetryMs - nowMs + 999) / 1000) * 1000;
    //: %1 is a duration such as 17s or 4m10s
    return Tr::tr("in %1").arg(KubeletText::humanDuration(ms));
}
