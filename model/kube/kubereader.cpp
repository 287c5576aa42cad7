// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/kube/kubereader.h"

#include "model/core/threadcheck.h"
#include "model/core/tr.h"
#include "model/kube/podspecreader.h"
#include "model/kube/secretreader.h"
#include "model/kube/yamlpositions.h"

#include <yaml-cpp/yaml.h>

#include <QFile>

#include <string>

namespace {

struct Document
{
    int start = 0; // byte offset in the file
    int end = 0;
};

bool isMarkerLine(const QByteArray &text, int lineStart, int lineEnd, const char *marker)
{
    // A document marker is "---" or "..." at column 0, alone or followed by white space
    // (YAML 1.2 §9.1.2, c-directives-end / c-document-end).
    if (lineEnd - lineStart < 3 || text.mid(lineStart, 3) != marker)
        return false;
    if (lineEnd - lineStart == 3)
        return true;
    const char next = text.at(lineStart + 3);
    return next == ' ' || next == '\t' || next == '\r';
}

// Splits a stream at its "---" lines, so one broken document does not hide the others (kubectl
// splits the same way, k8s.io/apimachinery yaml.NewDocumentDecoder) and every document is
// parsed on its own.
QList<Document> splitDocuments(const QByteArray &text)
{
    QList<Document> documents;
    Document current;
    int lineStart = 0;
    while (lineStart < text.size()) {
        int lineEnd = int(text.indexOf('\n', lineStart));
        const int next = lineEnd < 0 ? int(text.size()) : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = int(text.size());
        if (isMarkerLine(text, lineStart, lineEnd, "---") && lineStart > current.start) {
            current.end = lineStart;
            documents.append(current);
            current = Document{lineStart, 0};
        }
        lineStart = next;
    }
    current.end = int(text.size());
    documents.append(current);
    return documents;
}

bool isPodTemplateOwner(const QString &kind)
{
    static const QStringList kinds{QStringLiteral("Deployment"),
                                   QStringLiteral("StatefulSet"),
                                   QStringLiteral("DaemonSet"),
                                   QStringLiteral("ReplicaSet"),
                                   QStringLiteral("ReplicationController"),
                                   QStringLiteral("Job")};
    return kinds.contains(kind);
}

class DocumentReader
{
public:
    DocumentReader(const YamlPositions &positions, KubeFile &file)
        : m_positions(positions)
        , m_file(file)
    {}

    void readObject(const YAML::Node &node, int documentIndex, int listIndex)
    {
        if (!node.IsMap())
            return;
        KubeObject object;
        object.file = m_file.path;
        object.documentIndex = documentIndex;
        object.listIndex = listIndex;
        object.at = m_positions.location(node);
        object.apiVersion = YamlPositions::text(YamlPositions::child(node, "apiVersion"));
        object.kind = YamlPositions::text(YamlPositions::child(node, "kind"));
        const YAML::Node metadata = YamlPositions::child(node, "metadata");
        object.name = m_positions.value(metadata, "name");
        object.namespaceName = m_positions.value(metadata, "namespace");

        // kubectl accepts "List" and any "<Kind>List" holding items (k8s.io/apimachinery
        // meta.ExtractList); each item is an object of its own, its paths under items[i].
        const YAML::Node items = YamlPositions::child(node, "items");
        if (object.kind.endsWith(QLatin1String("List")) && items.IsSequence()) {
            for (std::size_t i = 0; i < items.size(); ++i)
                readObject(items[i], documentIndex, int(i));
            return;
        }

        const YAML::Node spec = YamlPositions::child(node, "spec");
        if (object.kind == QLatin1String("Pod") && spec.IsMap()) {
            object.podSpec = PodSpecReader::read(m_positions, spec, QStringLiteral("spec"), false);
        } else if (isPodTemplateOwner(object.kind)) {
            readTemplate(object, YamlPositions::child(spec, "template"), QStringLiteral("spec"));
        } else if (object.kind == QLatin1String("CronJob")) {
            const YAML::Node jobSpec =
                YamlPositions::child(YamlPositions::child(spec, "jobTemplate"), "spec");
            readTemplate(object,
                         YamlPositions::child(jobSpec, "template"),
                         QStringLiteral("spec.jobTemplate.spec"));
        } else if (object.kind == QLatin1String("PodTemplate")) {
            readTemplate(object, YamlPositions::child(node, "template"), QString());
        } else if (object.kind == QLatin1String("ServiceAccount")) {
            readServiceAccount(object, node, metadata);
        } else if (object.kind == QLatin1String("Secret")) {
            object.secret = SecretReader::read(m_positions, node);
        }
        m_file.objects.append(object);
    }

private:
    void readTemplate(KubeObject &object, const YAML::Node &podTemplate, const QString &parent)
    {
        const YAML::Node spec = YamlPositions::child(podTemplate, "spec");
        if (!spec.IsMap())
            return;
        const QString path = parent.isEmpty() ? QStringLiteral("template.spec")
                                              : parent + QStringLiteral(".template.spec");
        object.podSpec = PodSpecReader::read(m_positions, spec, path, true);
    }

    void readServiceAccount(KubeObject &object, const YAML::Node &node, const YAML::Node &metadata)
    {
        ServiceAccountSpec sa;
        const YAML::Node secrets = YamlPositions::child(node, "imagePullSecrets");
        if (secrets.IsSequence()) {
            for (const YAML::Node &entry : secrets) {
                LocatedValue name = m_positions.value(entry, "name");
                if (!name.present)
                    name.at = m_positions.location(entry);
                sa.imagePullSecrets.append(name);
            }
        }
        // k/k plugin/pkg/admission/serviceaccount: EnforceMountableSecretsAnnotation.
        const YAML::Node annotations = YamlPositions::child(metadata, "annotations");
        sa.enforceMountableSecrets =
            YamlPositions::text(
                YamlPositions::child(annotations, "kubernetes.io/enforce-mountable-secrets"))
            == QLatin1String("true");
        object.serviceAccount = sa;
    }

    const YamlPositions &m_positions;
    KubeFile &m_file;
};

} // namespace

KubeFile KubeReader::read(const QByteArray &text, const QString &path)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    KubeFile file;
    file.path = path;
    file.text = text;
    YamlPositions positions(file.text, path);
    DocumentReader reader(positions, file);
    int documentIndex = 0;
    for (const Document &document : splitDocuments(file.text)) {
        int start = document.start;
        // yaml-cpp consumes a UTF-8 byte order mark without counting it in Mark::pos.
        if (start == 0 && file.text.startsWith("\xEF\xBB\xBF"))
            start = 3;
        positions.setDocumentStart(start);
        const std::string chunk(file.text.constData() + start, std::size_t(document.end - start));
        YAML::Node root;
        try {
            root = YAML::Load(chunk);
        } catch (const YAML::Exception &e) {
            // The design rule: no yaml-cpp exception crosses the model; it becomes an Error
            // with the place the parser stopped at.
            const SourceLocation at =
                e.mark.is_null() ? positions.locationOfByte(start) : positions.location(e.mark);
            file.errors.append(
                Error(ErrorCode::Parse,
                      //: %1 is the YAML parser's own (English) message
                      Tr::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)),
                      QString::fromStdString(e.msg))
                    .at(path, at.line, at.column));
            ++documentIndex;
            continue;
        }
        if (root.IsNull() || !root.IsDefined())
            continue; // an empty document (comments only), skipped as kubectl does
        reader.readObject(root, documentIndex, -1);
        ++documentIndex;
    }
    return file;
}

KubeFile KubeReader::readFile(const QString &path)
{
    PULLSCOPE_ASSERT_NOT_GUI_THREAD();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        KubeFile file;
        file.path = path;
        file.errors.append(Error(ErrorCode::Io,
                                 //: %1 is a file name, %2 the system's reason
                                 Tr::tr("Cannot read %1: %2").arg(path, f.errorString()))
                               .at(path, 0));
        return file;
    }
    return read(f.readAll(), path);
}
