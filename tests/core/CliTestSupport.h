#pragma once

#include "Cli.h"
#include "NativePath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace testsupport {

/// One command-line run in-process: exit code, stdout, stderr.
struct CliRun
{
    int code;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = readiness::cli::run(args, {o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}

/// A run with the arguments as the program receives them, as bytes (a file
/// name need not be UTF-8): main() keeps them (NativePath) and Qt decodes
/// them lossily, as for the real program. @p raw starts with the program's
/// name.
inline CliRun runCliRaw(const QList<QByteArray> &raw)
{
    std::vector<const char *> argv;
    QStringList lossy;
    for (const QByteArray &a : raw) {
        argv.push_back(a.constData());
        lossy << QString::fromLocal8Bit(a);
    }
    readiness::NativePath::setProgramArguments(int(argv.size()), argv.data());
    CliRun run = runCli(lossy.mid(1));
    readiness::NativePath::setProgramArguments(0, nullptr);
    return run;
}

/// Creates the file @p bytes (a path) with POSIX calls, so Qt's decoding
/// plays no part.
inline bool writeRawPath(const QByteArray &bytes, const QByteArray &content)
{
    const int fd = ::open(bytes.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    return ::close(fd) == 0 && ok;
}

} // namespace testsupport
