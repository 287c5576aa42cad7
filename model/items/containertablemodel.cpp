// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/items/containertablemodel.h"

#include "model/core/tr.h"
#include "model/kube/kubefixes.h"
#include "model/kube/yamltext.h"
#include "model/reference/pullpolicy.h"

ContainerTableModel::ContainerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContainerTableModel::setFile(const KubeFile &file)
{
    QList<Row> rows;
    for (int o = 0; o < file.objects.size(); ++o) {
        const KubeObject &object = file.objects.at(o);
        if (!object.podSpec)
            continue;
        for (int c = 0; c < object.podSpec->containers.size(); ++c)
            rows.append({o, c});
    }
    const bool sameShape = rows.size() == m_rows.size() && file.path == m_file.path
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), [](const Row &a, const Row &b) {
                               return a.object == b.object && a.container == b.container;
                           });
    if (!sameShape) {
        // The rows moved: a reset is honest; typing inside a value keeps the shape instead.
        beginResetModel();
        m_file = file;
        m_rows = rows;
        endResetModel();
        return;
    }
    m_file = file;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const KubeObject *ContainerTableModel::objectAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_file.objects.at(m_rows.at(row).object);
}

const ContainerSpec *ContainerTableModel::containerAt(int row) const
{
    const KubeObject *object = objectAt(row);
    return object ? &object->podSpec->containers.at(m_rows.at(row).container) : nullptr;
}

QList<TextEdit> ContainerTableModel::replaceScalar(const KubeFile &file,
                                                   const LocatedValue &value,
                                                   const QString &replacement)
{
    if (!value.present || !value.isScalar || value.at.offset < 0)
        return {};
    const YamlText::Span span =
        YamlText::scalarAt(QString::fromUtf8(file.text), value.at.offset, value.value, false);
    if (!span.isValid())
        return {};
    QString written = replacement;
    if (span.quote == QLatin1Char('\'')) {
        // Keep the user's quotes (YAML 1.2 §7.3.2: a single quote is doubled inside).
        written.replace(QLatin1Char('\''), QStringLiteral("''"));
        return {TextEdit{file.path, span.innerStart, span.innerLength, written}};
    }
    // A plain value that would not read back as the same string is double-quoted (§7.3.3).
    const bool plainOk = span.quote.isNull() && !written.isEmpty() && written == written.trimmed()
        && !written.contains(QStringLiteral(": ")) && !written.contains(QStringLiteral(" #"))
        && !QStringLiteral("&*!|>'\"%@`{[-?#,").contains(written.at(0));
    if (plainOk)
        return {TextEdit{file.path, span.start, span.length, written}};
    written.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    written.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    if (span.quote == QLatin1Char('"'))
        return {TextEdit{file.path, span.innerStart, span.innerLength, written}};
    return {TextEdit{file.path,
                     span.start,
                     span.length,
                     QLatin1Char('"') + written + QLatin1Char('"')}};
}

int ContainerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KubeObject &object = m_file.objects.at(m_rows.at(index.row()).object);
    const ContainerSpec &c = object.podSpec->containers.at(m_rows.at(index.row()).container);
    const QString effective = c.imagePullPolicy.present && !c.imagePullPolicy.value.isEmpty()
        ? c.imagePullPolicy.value
        : pullPolicyToString(defaultPullPolicy(c.image.value));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn:
            return object.displayName();
        case ContainerColumn:
            switch (c.kind) {
            case ContainerSpec::Kind::Init:
                //: A container in the form view; %1 is its name
                return Tr::tr("%1 (init)").arg(c.name);
            case ContainerSpec::Kind::Ephemeral:
                //: A container in the form view; %1 is its name
                return Tr::tr("%1 (ephemeral)").arg(c.name);
            case ContainerSpec::Kind::Regular:
                break;
            }
            return c.name;
        case ImageColumn:
            return c.image.value;
        case PullPolicyColumn:
            if (c.imagePullPolicy.present && !c.imagePullPolicy.value.isEmpty())
                return c.imagePullPolicy.value;
            //: Pull policy not written in the file; %1 is what the API server fills in
            return Tr::tr("%1 (default)").arg(effective);
        }
        return {};
    case Qt::EditRole:
        if (index.column() == ImageColumn)
            return c.image.value;
        if (index.column() == PullPolicyColumn)
            return effective;
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1.%2").arg(object.displayName(), c.fieldPath);
    case KindRole:
        return int(c.kind);
    case FieldPathRole:
        return c.fieldPath;
    case LineRole:
        return c.at.line;
    case ObjectIndexRole:
        return m_rows.at(index.row()).object;
    case EffectivePolicyRole:
        return effective;
    case PolicyWrittenRole:
        return c.imagePullPolicy.present;
    default:
        return {};
    }
}

bool ContainerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    const int rows = rowCount();
    Q_EMIT editStarted();
    // A fresher read may have moved the rows: then the edit is not the one the user meant.
    if (rowCount() != rows || row >= rowCount())
        return false;
    const ContainerSpec *c = containerAt(index.row());
    if (c->flowStyle)
        return false;
    const QString text = value.toString();
    QList<TextEdit> edits;
    if (index.column() == ImageColumn) {
        if (text.trimmed().isEmpty() || text == c->image.value)
            return false;
        edits = replaceScalar(m_file, c->image, text.trimmed());
    } else if (index.column() == PullPolicyColumn) {
        if (!pullPolicyFromString(text)
            || (c->imagePullPolicy.present && text == c->imagePullPolicy.value))
            return false;
        edits = KubeFixes::setPullPolicy(m_file, *c, text);
    }
    if (edits.isEmpty())
        return false;
    Q_EMIT editRequested(edits);
    return true;
}

Qt::ItemFlags ContainerTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const ContainerSpec *c = containerAt(index.row());
    if (!c->flowStyle
        && ((index.column() == ImageColumn && c->image.present && c->image.isScalar)
            || index.column() == PullPolicyColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ContainerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn:
        //: Column of the containers table: the Kubernetes object, such as Deployment/api
        return Tr::tr("Object");
    case ContainerColumn:
        //: Column of the containers table
        return Tr::tr("Container");
    case ImageColumn:
        //: Column of the containers table
        return Tr::tr("Image");
    case PullPolicyColumn:
        //: Column of the containers table: imagePullPolicy
        return Tr::tr("Pull Policy");
    }
    return {};
}
