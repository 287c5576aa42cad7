// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/reference/platform.h"

#include "model/core/tr.h"

#include <QFile>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QSysInfo>

#include <algorithm>

namespace {
// containerd platforms.go specifierRe and osRe (\A...\z: Go's `$` is end of text).
const QRegularExpression &specifierRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9_.-]+\\z"));
    return re;
}

const QRegularExpression &osRe()
{
    static const QRegularExpression re(QStringLiteral(
        "\\A([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.%-]*)((?:\\+[A-Za-z0-9_.%-]+)*)\\))?\\z"));
    return re;
}

// Go's %q for the ASCII-ish strings a specifier holds.
QString quoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

Error invalidArgument(const QString &message)
{
    // containerd wraps errdefs.ErrInvalidArgument, whose text is "invalid argument".
    return Error(ErrorCode::InvalidArgument, message + QStringLiteral(": invalid argument"));
}

int hexValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        return c.unicode() - 'a' + 10;
    if (c >= QLatin1Char('A') && c <= QLatin1Char('F'))
        return c.unicode() - 'A' + 10;
    return -1;
}

// containerd platforms.go decodeOSOption: url.PathUnescape when there is a '%'.
Result<QString> decodeOsOption(const QString &v)
{
    if (!v.contains(QLatin1Char('%')))
        return v;
    QByteArray out;
    const QByteArray in = v.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '%') {
            out += in.at(i);
            continue;
        }
        const int hi = i + 1 < in.size() ? hexValue(QLatin1Char(in.at(i + 1))) : -1;
        const int lo = i + 2 < in.size() ? hexValue(QLatin1Char(in.at(i + 2))) : -1;
        if (hi < 0 || lo < 0) {
            //: Go net/url EscapeError text; %1 is the bad escape, quoted
            return Error(
                ErrorCode::InvalidArgument,
                Tr::tr("invalid URL escape %1").arg(quoted(QString::fromUtf8(in.mid(i, 3)))));
        }
        out += char(hi * 16 + lo);
        i += 2;
    }
    return QString::fromUtf8(out);
}

// containerd platforms.go encodeOSOption (osOptionReplacer).
QString encodeOsOption(const QString &v)
{
    QString out;
    for (const QChar c : v) {
        switch (c.unicode()) {
        case '%':
            out += QStringLiteral("%25");
            break;
        case '+':
            out += QStringLiteral("%2B");
            break;
        case '(':
            out += QStringLiteral("%28");
            break;
        case ')':
            out += QStringLiteral("%29");
            break;
        case '/':
            out += QStringLiteral("%2F");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Go path.Join: non-empty elements joined by '/', then cleaned ("." dropped, ".." pops).
QString pathJoin(const QStringList &elements)
{
    QStringList parts;
    for (const QString &e : elements) {
        for (const QString &p : e.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            if (p == QLatin1String("."))
                continue;
            if (p == QLatin1String("..") && !parts.isEmpty() && parts.last() != QLatin1String(".."))
                parts.removeLast();
            else
                parts.append(p);
        }
    }
    return parts.join(QLatin1Char('/'));
}

// containerd cpuinfo.go getCPUVariantFromArch, fed from /proc/cpuinfo's "CPU architecture".
QString cpuVariant()
{
    static const QString variant = []() -> QString {
        const QString arch = Platform::hostArchitecture();
        if (arch != QLatin1String("arm") && arch != QLatin1String("arm64"))
            return QString();
        QFile file(QStringLiteral("/proc/cpuinfo"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return QString();
        QString cpuArch;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            if (line.left(colon).trimmed().compare(QLatin1String("CPU architecture"),
                                                   Qt::CaseInsensitive)
                == 0) {
                cpuArch = line.mid(colon + 1).trimmed().toLower();
                break;
            }
        }
        if (cpuArch.isEmpty())
            return QString();
        if (cpuArch == QLatin1String("aarch64"))
            return QStringLiteral("v8");
        if (cpuArch.startsWith(QLatin1Char('8')) && cpuArch.size() >= 2)
            return QStringLiteral("v") + cpuArch.left(2);
        for (const char c : {'7', '6', '5'}) {
            if (cpuArch.startsWith(QLatin1Char(c)))
                return QStringLiteral("v") + QLatin1Char(c);
        }
        return QStringLiteral("v") + cpuArch;
    }();
    return variant;
}
} // namespace

Platform::Platform(QString os,
                   QString architecture,
                   QString variant,
                   QString osVersion,
                   QStringList osFeatures)
    : m_os(std::move(os))
    , m_architecture(std::move(architecture))
    , m_variant(std::move(variant))
    , m_osVersion(std::move(osVersion))
    , m_osFeatures(std::move(osFeatures))
{}

QString Platform::hostOs()
{
    // runtime.GOOS; QSysInfo::kernelType() is "linux", "darwin", "freebsd", "winnt", ...
    const QString kernel = QSysInfo::kernelType();
    if (kernel == QLatin1String("winnt"))
        return QStringLiteral("windows");
    return kernel.isEmpty() ? QStringLiteral("linux") : kernel;
}

QString Platform::hostArchitecture()
{
    // runtime.GOARCH from Qt's architecture names (qprocessordetection.h).
    const QString qt = QSysInfo::currentCpuArchitecture();
    const bool little = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    if (qt == QLatin1String("x86_64"))
        return QStringLiteral("amd64");
    if (qt == QLatin1String("i386"))
        return QStringLiteral("386");
    if (qt == QLatin1String("arm64") || qt == QLatin1String("arm"))
        return qt;
    if (qt == QLatin1String("power64"))
        return little ? QStringLiteral("ppc64le") : QStringLiteral("ppc64");
    if (qt == QLatin1String("power"))
        return QStringLiteral("ppc");
    if (qt == QLatin1String("mips64"))
        return little ? QStringLiteral("mips64le") : QStringLiteral("mips64");
    if (qt == QLatin1String("mips"))
        return little ? QStringLiteral("mipsle") : QStringLiteral("mips");
    if (qt == QLatin1String("sparcv9"))
        return QStringLiteral("sparc64");
    if (qt == QLatin1String("loongarch64"))
        return QStringLiteral("loong64");
    return qt; // riscv64, s390x, wasm and sparc already carry their GOARCH names
}

Platform Platform::host()
{
    // containerd defaults_unix.go DefaultSpec
    return Platform(hostOs(), hostArchitecture(), cpuVariant());
}

QString Platform::normalizeOs(const QString &os)
{
    // containerd database.go normalizeOS
    if (os.isEmpty())
        return hostOs();
    const QString lower = os.toLower();
    if (lower == QLatin1String("macos"))
        return QStringLiteral("darwin");
    return lower;
}

std::pair<QString, QString> Platform::normalizeArch(const QString &architecture,
                                                    const QString &variant)
{
    // containerd database.go normalizeArch
    QString arch = architecture.toLower();
    QString var = variant.toLower();
    if (arch == QLatin1String("i386")) {
        arch = QStringLiteral("386");
        var.clear();
    } else if (arch == QLatin1String("x86_64") || arch == QLatin1String("x86-64")
               || arch == QLatin1String("amd64")) {
        arch = QStringLiteral("amd64");
        if (var == QLatin1String("v1"))
            var.clear();
    } else if (arch == QLatin1String("aarch64") || arch == QLatin1String("arm64")) {
        arch = QStringLiteral("arm64");
        if (var == QLatin1String("8") || var == QLatin1String("v8") || var == QLatin1String("v8.0"))
            var.clear();
        else if (var == QLatin1String("9") || var == QLatin1String("9.0")
                 || var == QLatin1String("v9.0"))
            var = QStringLiteral("v9");
    } else if (arch == QLatin1String("armhf")) {
        arch = QStringLiteral("arm");
        var = QStringLiteral("v7");
    } else if (arch == QLatin1String("armel")) {
        arch = QStringLiteral("arm");
        var = QStringLiteral("v6");
    } else if (arch == QLatin1String("arm")) {
        if (var.isEmpty() || var == QLatin1String("7"))
            var = QStringLiteral("v7");
        else if (var == QLatin1String("5") || var == QLatin1String("6")
                 || var == QLatin1String("8"))
            var = QStringLiteral("v") + var;
    }
    return {arch, var};
}

bool Platform::isKnownOs(const QString &os)
{
    // containerd database.go isKnownOS (from go/build syslist.go)
    static const QStringList known = {
        QStringLiteral("aix"),
        QStringLiteral("android"),
        QStringLiteral("darwin"),
        QStringLiteral("dragonfly"),
        QStringLiteral("freebsd"),
        QStringLiteral("hurd"),
        QStringLiteral("illumos"),
        QStringLiteral("ios"),
        QStringLiteral("js"),
        QStringLiteral("linux"),
        QStringLiteral("nacl"),
        QStringLiteral("netbsd"),
        QStringLiteral("openbsd"),
        QStringLiteral("plan9"),
        QStringLiteral("solaris"),
        QStringLiteral("windows"),
        QStringLiteral("zos"),
    };
    return known.contains(os);
}

bool Platform::isKnownArch(const QString &architecture)
{
    // containerd database.go isKnownArch
    static const QStringList known = {
        QStringLiteral("386"),         QStringLiteral("amd64"),    QStringLiteral("amd64p32"),
        QStringLiteral("arm"),         QStringLiteral("armbe"),    QStringLiteral("arm64"),
        QStringLiteral("arm64be"),     QStringLiteral("ppc64"),    QStringLiteral("ppc64le"),
        QStringLiteral("loong64"),     QStringLiteral("mips"),     QStringLiteral("mipsle"),
        QStringLiteral("mips64"),      QStringLiteral("mips64le"), QStringLiteral("mips64p32"),
        QStringLiteral("mips64p32le"), QStringLiteral("ppc"),      QStringLiteral("riscv"),
        QStringLiteral("riscv64"),     QStringLiteral("s390"),     QStringLiteral("s390x"),
        QStringLiteral("sparc"),       QStringLiteral("sparc64"),  QStringLiteral("wasm"),
    };
    return known.contains(architecture);
}

Result<Platform> Platform::parse(const QString &specifier)
{
    // containerd platforms.go Parse
    if (specifier.contains(QLatin1Char('*'))) {
        //: containerd error text; %1 is the specifier, quoted
        return invalidArgument(Tr::tr("%1: wildcards not yet supported").arg(quoted(specifier)));
    }
    // At most 4 elements (strings.SplitN(specifier, "/", 4)).
    QStringList parts = specifier.split(QLatin1Char('/'));
    if (parts.size() > 4) {
        const QString rest = parts.mid(3).join(QLatin1Char('/'));
        parts = parts.mid(0, 3);
        parts.append(rest);
    }

    Platform p;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (i == 0) {
            const QRegularExpressionMatch os = osRe().match(part);
            if (!os.hasMatch()) {
                //: containerd error text; %1 the component, %2 the specifier, %3 the pattern
                return invalidArgument(
                    Tr::tr("%1 is an invalid OS component of %2: OSAndVersion specifier "
                           "component must match %3")
                        .arg(quoted(part), quoted(specifier), quoted(osRe().pattern())));
            }
            p.m_os = normalizeOs(os.captured(1));
            const Result<QString> version = decodeOsOption(os.captured(2));
            if (!version) {
                return Error(
                    ErrorCode::InvalidArgument,
                    Tr::tr("%1 has an invalid OS version %2: %3")
                        .arg(quoted(specifier), quoted(os.captured(2)), version.error().message));
            }
            p.m_osVersion = *version;
            const QString features = os.captured(3);
            if (!features.isEmpty()) {
                for (const QString &f : features.mid(1).split(QLatin1Char('+'))) {
                    const Result<QString> feature = decodeOsOption(f);
                    if (!feature) {
                        return Error(
                            ErrorCode::InvalidArgument,
                            Tr::tr("%1 has an invalid OS feature %2: %3")
                                .arg(quoted(specifier), quoted(f), feature.error().message));
                    }
                    p.m_osFeatures.append(*feature);
                }
            }
        } else if (!specifierRe().match(part).hasMatch()) {
            //: containerd error text; %1 the component, %2 the specifier, %3 the pattern
            return invalidArgument(Tr::tr("%1 is an invalid component of %2: platform specifier "
                                          "component must match %3")
                                       .arg(quoted(part),
                                            quoted(specifier),
                                            quoted(QStringLiteral("^[A-Za-z0-9_.-]+$"))));
        }
    }

    switch (parts.size()) {
    case 1: {
        // A known OS picks the host architecture; otherwise try it as an architecture.
        if (isKnownOs(p.m_os)) {
            p.m_architecture = hostArchitecture();
            if (p.m_architecture == QLatin1String("arm") && cpuVariant() != QLatin1String("v7"))
                p.m_variant = cpuVariant();
            return p;
        }
        std::tie(p.m_architecture, p.m_variant) = normalizeArch(parts.at(0), QString());
        if (p.m_architecture == QLatin1String("arm") && p.m_variant == QLatin1String("v7"))
            p.m_variant.clear();
        if (isKnownArch(p.m_architecture)) {
            p.m_os = hostOs();
            return p;
        }
        //: containerd error text; %1 is the specifier, quoted
        return invalidArgument(
            Tr::tr("%1: unknown operating system or architecture").arg(quoted(specifier)));
    }
    case 2:
        // os/arch: known or not, it is taken as given.
        std::tie(p.m_architecture, p.m_variant) = normalizeArch(parts.at(1), QString());
        if (p.m_architecture == QLatin1String("arm") && p.m_variant == QLatin1String("v7"))
            p.m_variant.clear();
        return p;
    case 3:
        // os/arch/variant: a fully specified variant; arm64 keeps "v8" here.
        std::tie(p.m_architecture, p.m_variant) = normalizeArch(parts.at(1), parts.at(2));
        if (p.m_architecture == QLatin1String("arm64") && p.m_variant.isEmpty())
            p.m_variant = QStringLiteral("v8");
        return p;
    default:
        break;
    }
    //: containerd error text; %1 is the specifier, quoted
    return invalidArgument(Tr::tr("%1: cannot parse platform specifier").arg(quoted(specifier)));
}

Platform Platform::normalized() const
{
    // containerd platforms.go Normalize
    Platform p = *this;
    p.m_os = normalizeOs(m_os);
    std::tie(p.m_architecture, p.m_variant) = normalizeArch(m_architecture, m_variant);
    std::sort(p.m_osFeatures.begin(), p.m_osFeatures.end());
    p.m_osFeatures.erase(std::unique(p.m_osFeatures.begin(), p.m_osFeatures.end()),
                         p.m_osFeatures.end());
    return p;
}

QString Platform::format() const
{
    // containerd platforms.go Format
    if (m_os.isEmpty())
        return QStringLiteral("unknown");
    return pathJoin({m_os, m_architecture, m_variant});
}

QString Platform::formatAll() const
{
    // containerd platforms.go FormatAll
    if (m_os.isEmpty())
        return QStringLiteral("unknown");
    QString options = encodeOsOption(m_osVersion);
    QStringList features = m_osFeatures;
    std::sort(features.begin(), features.end());
    for (const QString &f : features) {
        if (!f.isEmpty()) // empty features are skipped (TestFormatAllSkipsEmptyOSFeatures)
            options += QLatin1Char('+') + encodeOsOption(f);
    }
    if (!options.isEmpty())
        return pathJoin(
            {m_os + QLatin1Char('(') + options + QLatin1Char(')'), m_architecture, m_variant});
    return pathJoin({m_os, m_architecture, m_variant});
}
