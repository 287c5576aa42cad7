// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/pullprogressview.h"

#include "app/cli/output.h"
#include "app/cli/textformat.h"
#include "model/core/tr.h"
#include "model/pull/pulljob.h"

#include <QDateTime>

#include <algorithm>

namespace {
QString stateName(BlobProgress::State state)
{
    switch (state) {
    case BlobProgress::State::Waiting:
        return Tr::tr("waiting");
    case BlobProgress::State::Downloading:
        return Tr::tr("downloading");
    case BlobProgress::State::Retrying:
        return Tr::tr("retrying");
    case BlobProgress::State::Reused:
        return Tr::tr("already present");
    case BlobProgress::State::Done:
        return Tr::tr("done");
    case BlobProgress::State::Failed:
        return Tr::tr("failed");
    }
    return {};
}

QString bar(qint64 received, qint64 total, int width)
{
    const int filled = total > 0 ? int(std::clamp<qint64>(received * width / total, 0, width)) : 0;
    return QLatin1Char('[') + QString(filled, QLatin1Char('='))
        + QString(width - filled, QLatin1Char(' ')) + QLatin1Char(']');
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("--");
    const qint64 s = (ms + 999) / 1000;
    return s >= 60 ? QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1s").arg(s);
}
} // namespace

PullProgressView::PullProgressView(PullJob *job, Output &out, bool live, QObject *parent)
    : QObject(parent)
    , m_job(job)
    , m_out(out)
    , m_live(live)
{
    connect(job, &PullJob::resolved, this, [this] {
        m_reported = QList<int>(m_job->blobs().size(), -1);
        if (!m_live)
            m_out.line(Tr::tr("Pulling %1: %n blob(s), %2", nullptr, int(m_job->blobs().size()))
                           .arg(m_job->reference().toString(),
                                TextFormat::humanSize(m_job->totalBytes())));
        redraw(true);
    });
    connect(job, &PullJob::blobChanged, this, &PullProgressView::onBlobChanged);
}

void PullProgressView::onBlobChanged(int index)
{
    if (m_live) {
        redraw(false);
        return;
    }
    const BlobProgress &b = m_job->blobs().at(index);
    const bool final = b.state == BlobProgress::State::Done
        || b.state == BlobProgress::State::Reused || b.state == BlobProgress::State::Failed
        || b.state == BlobProgress::State::Retrying;
    if (!final || index >= m_reported.size() || m_reported.at(index) == int(b.state))
        return;
    m_reported[index] = int(b.state);
    QString line = QStringLiteral("%1 %2 %3")
                       .arg(TextFormat::shortDigest(b.descriptor.digest.toString()),
                            TextFormat::humanSize(b.descriptor.size),
                            stateName(b.state));
    if (!b.note.isEmpty() && b.state != BlobProgress::State::Done)
        line += QStringLiteral(": ") + b.note;
    m_out.line(line);
}

void PullProgressView::redraw(bool force)
{
    if (!m_live)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && now - m_lastDrawMs < 100)
        return;
    m_lastDrawMs = now;
    QString frame;
    // Move back over the previous frame and draw over it.
    if (m_linesDrawn > 0)
        frame += QStringLiteral("\x1b[%1A").arg(m_linesDrawn);
    int lines = 0;
    for (const BlobProgress &b : m_job->blobs()) {
        frame += QStringLiteral("\x1b[2K%1 %2 %3 / %4  %5\n")
                     .arg(TextFormat::shortDigest(b.descriptor.digest.toString()),
                          bar(b.received, b.descriptor.size, 24),
                          TextFormat::humanSize(b.received),
                          TextFormat::humanSize(b.descriptor.size),
                          stateName(b.state));
        ++lines;
    }
    frame += QStringLiteral("\x1b[2K%1 %2 / %3  %4/s  ETA %5\n")
                 .arg(Tr::tr("total"),
                      TextFormat::humanSize(m_job->receivedBytes()),
                      TextFormat::humanSize(m_job->totalBytes()),
                      TextFormat::humanSize(qint64(m_job->bytesPerSecond())),
                      duration(m_job->etaMs()));
    ++lines;
    m_linesDrawn = lines;
    m_out.text(frame);
}

void PullProgressView::finish()
{
    redraw(true);
}
