// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/kubelet/containerstatus.h"

#include <QAbstractTableModel>
#include <QList>

// The simulated containers as `kubectl get pod -o wide` and `describe pod` would show them:
// pod, container, image, state, reason, message, pull attempts and the countdown to the next
// retry (from the backoff window's end and now(), set as the clock moves). One row per
// (pod, container), updated in place as the simulator reports changes. GUI thread; QtCore only.
class SimContainerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PodColumn,
        ContainerColumn,
        ImageColumn,
        StateColumn,
        ReasonColumn,
        AttemptsColumn,
        NextRetryColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        PodRole = Qt::UserRole + 1, // QString "namespace/name"
        ContainerRole, // QString
        ImageRole, // QString as written in the Pod
        StateRole, // QString "Waiting" | "Running"
        ReasonRole, // QString "ErrImagePull", "ImagePullBackOff", ...
        MessageRole, // QString: the waiting message
        AttemptsRole, // int
        NextRetryRole, // qint64 ms of simulated time the backoff ends; -1 none
        RetryInRole, // qint64 ms from now() to the next retry; -1 none or passed
        IsFailingRole, // bool: waiting for a pull error reason (ErrImagePull, *BackOff, ...)
        ImageRefRole, // QString: the digest reference once pulled
    };
    Q_ENUM(Role)

    explicit SimContainerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds the container's row or updates it in place.
    void updateContainer(const SimContainerStatus &status);
    // Replaces every row with these statuses, in this order.
    void setContainers(const QList<SimContainerStatus> &statuses);
    void clear();

    // The simulated time countdowns are measured against.
    void setNow(qint64 nowMs);

    qint64 now() const { return m_now; }

    // The row of (pod, container), -1 when absent.
    int rowOf(const QString &pod, const QString &container) const;

    SimContainerStatus statusAt(int row) const { return m_rows.value(row); }

    // The earliest pending retry time among all rows, -1 when none.
    qint64 nextRetryMs() const;

    // Whether a waiting reason is a pull failure (ErrImagePull, ImagePullBackOff,
    // ErrImageNeverPull, InvalidImageName, ...), as opposed to ContainerCreating.
    static bool isFailureReason(const QString &reason);
    // "in 17s", "in 4m10s", "due" (passed), "" (none): the countdown text at now.
    static QString countdownText(qint64 nowMs, qint64 nextRetryMs);

private:
    QList<SimContainerStatus> m_rows;
    qint64 m_now = 0;
};
