// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

// An OCI platform (os, architecture, variant, os.version, os.features) with the parsing,
// normalization and formatting of github.com/containerd/platforms. A value type.
class Platform
{
public:
    Platform() = default;
    Platform(QString os,
             QString architecture,
             QString variant = {},
             QString osVersion = {},
             QStringList osFeatures = {});

    // containerd platforms.Parse: "os[(osversion[+feature...])][/arch[/variant]]" or a lone
    // architecture; a lone known OS takes the host architecture, a lone known architecture the
    // host OS. The result is not fully normalized (compare through normalized()).
    static Result<Platform> parse(const QString &specifier);
    // containerd DefaultSpec: the OS and architecture this process runs on, as GOOS/GOARCH
    // names, with the ARM variant from /proc/cpuinfo. Not normalized.
    static Platform host();
    // The host's GOOS name ("linux").
    static QString hostOs();
    // The host's GOARCH name ("amd64", "arm64", ...), from QSysInfo::currentCpuArchitecture().
    static QString hostArchitecture();
    // containerd database.go normalizeOS: lower-cased, macos -> darwin, empty -> host OS.
    static QString normalizeOs(const QString &os);
    // containerd database.go normalizeArch: (architecture, variant), both lower-cased.
    static std::pair<QString, QString> normalizeArch(const QString &architecture,
                                                     const QString &variant);
    // containerd database.go isKnownOS (expects a normalized OS).
    static bool isKnownOs(const QString &os);
    // containerd database.go isKnownArch (expects a normalized architecture).
    static bool isKnownArch(const QString &architecture);

    // containerd platforms.Normalize: canonical OS, architecture and variant, features sorted
    // and de-duplicated.
    Platform normalized() const;
    // containerd platforms.Format: "os/arch[/variant]", "unknown" when the OS is empty.
    QString format() const;
    // containerd platforms.FormatAll: like format() plus "(osversion+features)" after the OS.
    QString formatAll() const;

    // The operating system ("linux").
    QString os() const { return m_os; }

    // The architecture ("amd64").
    QString architecture() const { return m_architecture; }

    // The variant ("v7"), often empty.
    QString variant() const { return m_variant; }

    // os.version, mostly used by Windows images.
    QString osVersion() const { return m_osVersion; }

    // os.features, as given (normalized() sorts them).
    QStringList osFeatures() const { return m_osFeatures; }

    friend bool operator==(const Platform &a, const Platform &b)
    {
        return a.m_os == b.m_os && a.m_architecture == b.m_architecture
            && a.m_variant == b.m_variant && a.m_osVersion == b.m_osVersion
            && a.m_osFeatures == b.m_osFeatures;
    }

    friend bool operator!=(const Platform &a, const Platform &b) { return !(a == b); }

private:
    QString m_os;
    QString m_architecture;
    QString m_variant;
    QString m_osVersion;
    QStringList m_osFeatures;
};

Q_DECLARE_METATYPE(Platform)
