// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/registry/pagedlistjob.h"

#include "model/core/tr.h"
#include "model/registry/linkheader.h"
#include "model/registry/registryclient.h"
#include "model/registry/registryrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int kMaxPages = 100'000; // a bound on a registry that never stops paging
}

PagedListJob::PagedListJob(RegistryClient *client,
                           Kind kind,
                           QString host,
                           QString repository,
                           QObject *parent)
    : ResultJob(parent)
    , m_client(client)
    , m_kind(kind)
    , m_host(std::move(host))
    , m_repository(std::move(repository))
{}

PagedListJob::~PagedListJob()
{
    delete m_request;
}

void PagedListJob::start()
{
    const QByteArray query = m_pageSize > 0 ? "n=" + QByteArray::number(m_pageSize) : QByteArray();
    fetch(QUrl(), query);
}

void PagedListJob::cancel()
{
    if (isFinished())
        return;
    ResultJob::cancel();
    if (m_request)
        m_request->cancel();
}

void PagedListJob::fetch(const QUrl &url, const QByteArray &query)
{
    RequestSpec spec;
    spec.host = m_host;
    spec.repository = m_repository;
    spec.url = url;
    spec.query = query;
    spec.accept = "application/json";
    if (m_kind == Kind::Tags) {
        spec.path = QStringLiteral("/v2/%1/tags/list").arg(m_repository);
        spec.scopes = {QStringLiteral("repository:%1:pull").arg(m_repository)};
        spec.operation = Tr::tr("listing the tags of %1").arg(m_repository);
    } else {
        spec.path = QStringLiteral("/v2/_catalog");
        spec.scopes = {QStringLiteral("registry:catalog:*")};
        spec.operation = Tr::tr("listing the repositories");
    }
    m_request = m_client->request(spec);
    m_request->setParent(this);
    connect(m_request, &RegistryRequest::finished, this, &PagedListJob::onPage);
}

void PagedListJob::onPage()
{
    RegistryRequest *request = m_request;
    m_request = nullptr;
    request->deleteLater();
    if (isFinished())
        return;
    if (!request->result()) {
        Error e = request->result().error();
        if (m_kind == Kind::Catalog
            && (e.httpStatus == 404 || e.httpStatus == 401 || e.httpStatus == 403
                || e.httpStatus == 405)) {
            // Docker Hub and most cloud registries have no catalog (regclient#539); say so
            // instead of showing a protocol error.
            e.code = ErrorCode::Unsupported;
            e.message =
                Tr::tr("%1 does not offer a repository list (HTTP %2 on /v2/_catalog). Type "
                       "a repository name instead.")
                    .arg(m_host)
                    .arg(e.httpStatus);
        }
        finish(e);
        return;
    }
    const RegistryResponse &response = *request->result();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QString field =
        m_kind == Kind::Tags ? QStringLiteral("tags") : QStringLiteral("repositories");
    if (!doc.isObject()) {
        finish(Error(ErrorCode::Protocol,
                     Tr::tr("%1 answered %2 with something that is not JSON (%3; Content-Type %4)")
                         .arg(m_host,
                              request->spec().operation,
                              parseError.errorString(),
                              QString::fromLatin1(response.header("content-type")))));
        return;
    }
    const QJsonValue list = doc.object().value(field);
    if (!list.isArray() && !list.isNull() && !list.isUndefined()) {
        finish(Error(ErrorCode::Protocol,
                     Tr::tr("%1 answered %2 without a \"%3\" list")
                         .arg(m_host, request->spec().operation, field)));
        return;
    }
    QStringList page;
    for (const QJsonValue &v : list.toArray())
        page << v.toString();
    ++m_pages;
    m_items += page;
    Q_EMIT pageReceived(page, int(m_items.size()));

    if (m_limit > 0 && m_items.size() >= m_limit) {
        m_partial = true;
        m_items = m_items.mid(0, m_limit);
        finish(m_items);
        return;
    }
    auto next = LinkHeader::next(response.header("link"), response.url);
    if (!next) {
        finish(next.error());
        return;
    }
    if (next->isEmpty()) {
        finish(m_items);
        return;
    }
    // A next link we have followed before, or one that would go on forever, is a loop.
    const QString key = next->toString(QUrl::FullyEncoded);
    if (m_seenUrls.contains(key) || m_pages >= kMaxPages || page.isEmpty()) {
        finish(
            Error(ErrorCode::Protocol,
                  Tr::tr("%1 keeps sending the same next page while %2 (after %n page(s)); stopped",
                         nullptr,
                         m_pages)
                      .arg(m_host, request->spec().operation)));
        return;
    }
    m_seenUrls.insert(key);
    fetch(*next, QByteArray());
}
